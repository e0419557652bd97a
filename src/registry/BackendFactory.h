#pragma once

#include "Dialect.h"
#include "RegistryBackend.h"
#include "graphql/HeaderProvider.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace BackendFactory {
// The backend for `dialect` at `endpoint`. Never null.
std::unique_ptr<RegistryBackend> create(Dialect dialect, const QUrl& endpoint, QNetworkAccessManager* network,
                                        std::shared_ptr<const HeaderProvider> headers = {});
} // namespace BackendFactory
