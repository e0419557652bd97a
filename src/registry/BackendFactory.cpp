#include "BackendFactory.h"

#include "datapm/DataPmBackend.h"
#include "metabind/MetabindBackend.h"
#include "wasmer/WasmerBackend.h"

namespace BackendFactory {

std::unique_ptr<RegistryBackend> create(Dialect dialect, const QUrl& endpoint, QNetworkAccessManager* network,
                                        std::shared_ptr<const HeaderProvider> headers)
{
    switch (dialect) {
    case Dialect::DataPm:
        return std::make_unique<DataPmBackend>(network, endpoint, std::move(headers));
    case Dialect::Wasmer:
        return std::make_unique<WasmerBackend>(network, endpoint, std::move(headers));
    case Dialect::Metabind:
        return std::make_unique<MetabindBackend>(network, endpoint, std::move(headers));
    }
    Q_UNREACHABLE();
}

} // namespace BackendFactory
