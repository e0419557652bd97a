#include "BundleExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QJsonObject partObject(const PackageDetails::BundlePart& part)
{
    QJsonObject components;
    for (const PackageDetails::Component& component : part.components)
        components.insert(component.name, QJsonObject{{QStringLiteral("compiled"), component.compiled},
                                                      {QStringLiteral("code"), component.compiledCode}});
    QJsonObject assets;
    for (const PackageDetails::Asset& asset : part.assets) {
        QJsonObject object{{QStringLiteral("type"), asset.type},
                           {QStringLiteral("url"), asset.url.toString()}};
        // Unknown figures are left out rather than written as -1.
        if (asset.size >= 0)
            object.insert(QStringLiteral("size"), asset.size);
        if (asset.width >= 0)
            object.insert(QStringLiteral("width"), asset.width);
        if (asset.height >= 0)
            object.insert(QStringLiteral("height"), asset.height);
        assets.insert(asset.name, object);
    }
    return {{QStringLiteral("id"), part.id},
            {QStringLiteral("label"), part.label},
            {QStringLiteral("components"), components},
            {QStringLiteral("assets"), assets}};
}

} // namespace

namespace BundleExport {

QByteArray json(const QList<PackageDetails::BundlePart>& bundle)
{
    QJsonObject root;
    QJsonArray dependencies;
    for (qsizetype i = 0; i < bundle.size(); ++i) {
        if (i == 0)
            root.insert(QStringLiteral("package"), partObject(bundle.at(i)));
        else
            dependencies.append(partObject(bundle.at(i)));
    }
    root.insert(QStringLiteral("dependencies"), dependencies);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool save(const QString& path, const QList<PackageDetails::BundlePart>& bundle, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json(bundle)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace BundleExport
