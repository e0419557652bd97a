#include "CurlCommand.h"

#include <QJsonDocument>
#include <QStringList>

namespace CurlCommand {

QString shellQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

namespace {

// A header whose value holds the placeholder goes between double quotes so that the shell expands it; nothing
// else in it may be expanded.
QString headerArgument(const QByteArray& name, const QByteArray& value)
{
    const QString line = QString::fromLatin1(name) + QLatin1String(": ") + QString::fromLatin1(value);
    if (!value.contains(kPlaceholder))
        return shellQuoted(line);
    QString escaped;
    const QString placeholder = QString::fromLatin1(kPlaceholder);
    const qsizetype at = line.indexOf(placeholder);
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (i == at) {
            escaped += placeholder;
            i += placeholder.size() - 1;
            continue;
        }
        const QChar c = line.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('$') || c == QLatin1Char('`'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString make(const QUrl& endpoint, const QString& document, const QJsonObject& variables,
             const QString& operationName, const HeaderProvider::Headers& headers)
{
    QJsonObject body{{QStringLiteral("query"), document}, {QStringLiteral("variables"), variables}};
    if (!operationName.isEmpty())
        body.insert(QStringLiteral("operationName"), operationName);
    QStringList lines{
        QStringLiteral("curl %1").arg(
            shellQuoted(endpoint.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded))),
        QStringLiteral("  -H %1").arg(shellQuoted(QStringLiteral("Content-Type: application/json")))};
    for (const auto& [name, value] : headers)
        lines << QStringLiteral("  -H %1").arg(headerArgument(name, value));
    lines << QStringLiteral("  --data-raw %1")
                 .arg(shellQuoted(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
    return lines.join(QStringLiteral(" \\\n"));
}

} // namespace CurlCommand
