#include "ConsoleAnswer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

QString ConsoleAnswer::text() const
{
    if (answer.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Indented));
}

QString ConsoleAnswer::summary() const
{
    const QString figures =
        QCoreApplication::translate("ConsoleAnswer", "%1 ms, %2")
            .arg(elapsedMs)
            .arg(QLocale().formattedDataSize(bytesReceived, 1, QLocale::DataSizeTraditionalFormat));
    if (hasData && errorCount > 0)
        return QCoreApplication::translate("ConsoleAnswer", "Partial data with %n error(s) (%1)", nullptr,
                                           errorCount)
            .arg(figures);
    if (hasData)
        return QCoreApplication::translate("ConsoleAnswer", "Answered (%1)").arg(figures);
    if (isCancelled())
        return QCoreApplication::translate("ConsoleAnswer", "Cancelled.");
    if (!answer.isEmpty() && errorCount > 0)
        return QCoreApplication::translate("ConsoleAnswer", "The registry answered with %n error(s) (%1)",
                                           nullptr, errorCount)
            .arg(figures);
    return error.userText();
}
