#include "Logging.h"

Q_LOGGING_CATEGORY(lcNetwork, "depot.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRegistry, "depot.registry", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "depot.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArchive, "depot.archive", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "depot.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcViews, "depot.views", QtWarningMsg)
