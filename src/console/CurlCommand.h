#pragma once

#include "graphql/HeaderProvider.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

// "Copy as curl": the console's request as a shell command a person can paste, with the credential's header
// as the registry gets it but `$DEPOT_API_KEY` in place of the secret (HeaderProvider::placeholdersFor): the
// command runs once the person exports the variable, and the text never holds the key.
namespace CurlCommand {

inline constexpr char kPlaceholder[] = "$DEPOT_API_KEY";

// `headers` are the credential headers with placeholders; the body is the one GraphQlClient sends.
QString make(const QUrl& endpoint, const QString& document, const QJsonObject& variables,
             const QString& operationName, const HeaderProvider::Headers& headers);

// `text` between single quotes for a POSIX shell (a quote inside becomes '\'').
QString shellQuoted(const QString& text);

} // namespace CurlCommand
