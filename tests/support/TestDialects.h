#pragma once

#include "graphql/HeaderProvider.h"
#include "registry/DialectTable.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/AccountAccess.h"
#include "registry/parts/ApiKeyManagement.h"
#include "registry/parts/PackageFilePublishing.h"
#include "registry/parts/PackageGroups.h"
#include "registry/parts/PackageSearch.h"
#include "registry/parts/PasswordSignIn.h"
#include "registry/parts/UserDirectory.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

// The built-in registry kinds by name, for tests (the product names them only in its dialect table), and a
// backend made the way the product makes one.
namespace TestDialects {

inline Dialect dataPm()
{
    return Dialect(QStringLiteral("datapm"));
}

inline Dialect wasmer()
{
    return Dialect(QStringLiteral("wasmer"));
}

inline Dialect metabind()
{
    return Dialect(QStringLiteral("metabind"));
}

inline QList<Dialect> builtIn()
{
    return {dataPm(), wasmer(), metabind()};
}

} // namespace TestDialects

inline std::unique_ptr<RegistryBackend> makeBackend(const Dialect& dialect, const QUrl& endpoint,
                                                    QNetworkAccessManager* network,
                                                    std::shared_ptr<const HeaderProvider> headers = {})
{
    return DialectTable::createBackend(dialect, {network, endpoint, std::move(headers)});
}
