#include "ConsoleVariables.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

ConsoleVariables ConsoleVariables::parse(const QString& text)
{
    ConsoleVariables result;
    if (text.trimmed().isEmpty())
        return result;
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonParseError counts bytes of UTF-8; the editor counts UTF-16 code units.
        const qsizetype offset = QString::fromUtf8(utf8.left(error.offset)).size();
        result.problem = GraphQlProblem{
            qMin(offset, qMax(qsizetype(0), text.size() - 1)), 1,
            QCoreApplication::translate("ConsoleVariables", "Variables are not valid JSON: %1.")
                .arg(error.errorString())};
        return result;
    }
    if (!document.isObject()) {
        const qsizetype start = text.indexOf(text.trimmed());
        result.problem = GraphQlProblem{
            start, text.trimmed().size(),
            QCoreApplication::translate("ConsoleVariables",
                                        "Variables must be a JSON object, such as {\"name\": \"value\"}.")};
        return result;
    }
    result.values = document.object();
    return result;
}
