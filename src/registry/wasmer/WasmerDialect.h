#pragma once

#include "registry/DialectTable.h"

#include <QSet>

// Wasmer's (formerly WAPM's) entry in the dialect table.
namespace WasmerDialect {
QString id();
DialectRegistration registration();
// The read operations whose answers Depot keeps on disk (GraphQlBackend::Kind::cachedOperations): the pages
// people browse. Not the keys (MyApiKeys and the like), not what publishing reads, not download addresses.
QSet<QString> cachedOperations();
} // namespace WasmerDialect
