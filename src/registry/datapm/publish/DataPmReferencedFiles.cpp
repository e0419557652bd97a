#include "DataPmReferencedFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Far above the server's markdown limit: the checker then says the text is too long, instead of Depot reading a
// large file into memory.
constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

std::optional<QString> readText(const QString& folder, const QString& name, const QString& field,
                                QList<FieldError>* errors)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({field, DataPmReferencedFiles::tr("“%1” cannot be read: %2").arg(name, file.errorString()),
                        -1, -1});
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        errors->append({field, DataPmReferencedFiles::tr("“%1” is too large for a package page.").arg(name), -1, -1});
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

PackageFileFields DataPmReferencedFiles::resolve(const QByteArray& packageFile, PackageFileFields overrides,
                                                 const QString& folder, QList<FieldError>* errors)
{
    if (folder.isEmpty())
        return overrides;
    const QJsonObject file = QJsonDocument::fromJson(packageFile).object();
    const auto resolveOne = [&](const char* key, std::optional<QString>& text) {
        const QString name = file.value(QLatin1String(key)).toString();
        if (text || name.isEmpty())
            return; // the form's text wins; no reference, nothing to read
        text = readText(folder, name, QLatin1Char('/') + QLatin1String(key), errors);
    };
    resolveOne("readmeFile", overrides.readmeMarkdown);
    resolveOne("licenseFile", overrides.licenseMarkdown);
    return overrides;
}
