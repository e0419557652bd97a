#pragma once

#include "registry/publish/PackageFolder.h"
#include "registry/publish/PublishJob.h"

#include <QJsonObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class ArchivePackJob;
class GraphQlClient;
class GraphQlJob;
class QNetworkAccessManager;
class ResumableUploadJob;
struct RequestOptions;

// Publishes a wasmer.toml folder as `wasmer publish` does, checking more before it sends anything:
//  1. the folder again (WasmerManifest::checkFolder);
//  2. on the registry: the version is free and the token may publish in the namespace (PackageVersionTaken);
//  3. packs the manifest, modules, README, licence file and [fs] folders into a .tar.gz (src/archive);
//  4. uploads it through a signed address with the resumable protocol (generateUploadUrl), going on after a
//     dropped connection, then publishPackage(signedUrl); or, where the registry has no signed uploads or
//     they are not wanted, publishPackage with the archive as a multipart file part;
//  5. confirms with getPackageVersion that the version is there.
// stop() after the publish request left asks the registry what it holds before ending.
class WasmerPublishJob : public PublishJob
{
    Q_OBJECT
public:
    WasmerPublishJob(QNetworkAccessManager* network, GraphQlClient* client, PackageFolder folder,
                     FolderPublishOptions options, QObject* parent = nullptr);
    ~WasmerPublishJob() override;

    void stop() override;

private:
    void start();
    void preflight();
    void pack();
    void requestUploadAddress();
    void upload(const QUrl& signedUrl);
    void publish(const QString& signedUrl);
    void confirm(const Error& why);
    QJsonObject publishVariables() const;
    void end(PublishResult::Outcome outcome, const Error& error = {});
    // Whether the registry, after `error`, may hold the version anyway (the answer was lost).
    static bool leavesStateUnknown(const Error& error);

    QPointer<QNetworkAccessManager> m_network;
    GraphQlClient* m_client;
    PackageFolder m_folder;
    FolderPublishOptions m_options;
    PublishResult m_result;
    std::unique_ptr<QTemporaryDir> m_workDir;
    QString m_archive;
    QPointer<ArchivePackJob> m_packer;
    QPointer<ResumableUploadJob> m_upload;
    bool m_stopping = false;
};
