#pragma once

#include "registry/DialectTable.h"

// DataPM's entry in the dialect table.
namespace DataPmDialect {
QString id();
DialectRegistration registration();
} // namespace DataPmDialect
