#pragma once

#include "registry/DialectTable.h"

// Wasmer's (formerly WAPM's) entry in the dialect table.
namespace WasmerDialect {
QString id();
DialectRegistration registration();
} // namespace WasmerDialect
