#pragma once

#include <QLoggingCategory>

// One category per layer, all off below warnings by default. Turn them on with
// QT_LOGGING_RULES="depot.*=true" (or e.g. "depot.network.debug=true"). No line at any level holds a secret,
// a header value or a message a server echoed from the input: errors are logged with Error::logText().
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)  // depot.network: requests, answers, limits (graphql/)
Q_DECLARE_LOGGING_CATEGORY(lcRegistry) // depot.registry: detection, dialects, intents (registry/)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)     // depot.auth: keychain reads and writes, never their values (auth/)
Q_DECLARE_LOGGING_CATEGORY(lcArchive)  // depot.archive: packing and unpacking (archive/)
Q_DECLARE_LOGGING_CATEGORY(lcSession)  // depot.session: registry and account sessions (session/)
Q_DECLARE_LOGGING_CATEGORY(lcViews)    // depot.views: pages opened, actions run (views/)
