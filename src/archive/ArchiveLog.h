#pragma once

#include <QLoggingCategory>

// depot.archive: one line per job start and end (QT_LOGGING_RULES="depot.archive.debug=true"); off by
// default. Names paths and counts, never file contents.
Q_DECLARE_LOGGING_CATEGORY(lcArchive)
