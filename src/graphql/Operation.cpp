#include "Operation.h"

#include <QFile>

namespace Operation {

std::optional<QString> load(const QString& dialect, const QString& name)
{
    QFile file(QStringLiteral(":/graphql/%1/%2.graphql").arg(dialect, name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

} // namespace Operation
