#include "ArchiveLog.h"

Q_LOGGING_CATEGORY(lcArchive, "depot.archive", QtWarningMsg)
