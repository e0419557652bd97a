#pragma once

#include "registry/DialectTable.h"

// Metabind's (the component registry's) entry in the dialect table.
namespace MetabindDialect {
QString id();
DialectRegistration registration();
} // namespace MetabindDialect
