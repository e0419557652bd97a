#include "WasmerPublishJob.h"

#include "WasmerBackend.h"
#include "WasmerManifest.h"
#include "archive/ArchivePackJob.h"
#include "core/Logging.h"
#include "graphql/GraphQlClient.h"
#include "registry/JobSupport.h"
#include "registry/JsonFields.h"
#include "transfer/ResumableUploadJob.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>

#include <chrono>

namespace {

using namespace std::chrono_literals;

constexpr qint64 kMaxReadmeBytes = 1024 * 1024;

// A publish request is a mutation (never repeated), and one with a large file or a large archive to read may
// take long.
RequestOptions longWrite(const GraphQlClient* client, std::chrono::milliseconds deadline)
{
    RequestOptions options = client->defaultOptions();
    options.isRead = false;
    options.deadline = deadline;
    options.inactivityTimeout = 120s;
    return options;
}

// What `wasmer publish` puts in the archive: the manifest, the module sources, the README and licence file,
// and the [fs] folders, at their paths relative to the manifest. Anything else in the folder stays out.
std::function<bool(const QString&, const QFileInfo&)> onlyPackageFiles(const PackageFolder& folder)
{
    QSet<QString> files{folder.manifestFileName};
    for (const PackageDetails::Module& module : folder.modules)
        files.insert(QDir::cleanPath(module.source));
    for (const QString& file : {folder.readmeFile, folder.licenceFile}) {
        if (!file.isEmpty())
            files.insert(QDir::cleanPath(file));
    }
    QStringList folders;
    for (const PackageDetails::Mapping& mapping : folder.filesystem)
        folders.append(QDir::cleanPath(mapping.hostPath));
    return [files, folders](const QString& relativePath, const QFileInfo& info) {
        const QString path = QDir::cleanPath(relativePath);
        for (const QString& kept : folders) {
            if (path == kept || path.startsWith(kept + QLatin1Char('/')) ||
                (info.isDir() && kept.startsWith(path + QLatin1Char('/'))))
                return false;
        }
        if (!info.isDir())
            return !files.contains(path);
        for (const QString& file : files) {
            if (file.startsWith(path + QLatin1Char('/')))
                return false;
        }
        return true;
    };
}

Error refusal(Error::Reason reason, const QString& sentence)
{
    return Error::local(Error::Kind::Config, reason, sentence);
}

} // namespace

WasmerPublishJob::WasmerPublishJob(QNetworkAccessManager* network, GraphQlClient* client,
                                   PackageFolder folder, FolderPublishOptions options, QObject* parent)
    : PublishJob(parent)
    , m_network(network)
    , m_client(client)
    , m_folder(std::move(folder))
    , m_options(options)
{
    m_result.package = m_folder.id;
    m_result.requestedVersion = m_folder.version;
    QMetaObject::invokeMethod(this, &WasmerPublishJob::start, Qt::QueuedConnection);
}

WasmerPublishJob::~WasmerPublishJob() = default;

void WasmerPublishJob::start()
{
    setStep(PublishStep::CheckingFile);
    // The folder may have changed since the form read it: what is packed is what is checked now.
    const PackageFolder now = WasmerManifest::checkFolder(m_folder.path);
    if (!now.isOk()) {
        m_result.fieldErrors = now.errors;
        end(PublishResult::Outcome::NotPublished,
            refusal(Error::Reason::InvalidInput, tr("The folder has problems: fix them and publish again.")));
        return;
    }
    m_folder = now;
    m_result.package = m_folder.id;
    m_result.requestedVersion = m_folder.version;
    preflight();
}

void WasmerPublishJob::preflight()
{
    setStep(PublishStep::CheckingPackage);
    const QJsonObject variables{{QStringLiteral("name"), WasmerBackend::wireName(m_folder.id)},
                                {QStringLiteral("version"), m_folder.version},
                                {QStringLiteral("namespace"), m_folder.id.scope}};
    track(
        m_client->run(QStringLiteral("PackageVersionTaken"), variables),
        [this](const QJsonObject& data) {
            if (data.value(QStringLiteral("getPackageVersion")).isObject()) {
                m_result.packageExists = true;
                m_result.existingVersion = m_folder.version;
                Error exists = refusal(Error::Reason::VersionExists, {});
                exists.subject = m_folder.version;
                exists.existingVersion = m_folder.version;
                end(PublishResult::Outcome::NotPublished, exists);
            } else if (!data.value(QStringLiteral("viewerCan")).toBool(false)) {
                end(PublishResult::Outcome::NotPublished,
                    refusal(Error::Reason::Forbidden,
                            tr("You cannot publish in the namespace “%1”: sign in as its owner or one of its "
                               "members.")
                                .arg(m_folder.id.scope)));
            } else {
                pack();
            }
        },
        [this](const Error& error) { end(PublishResult::Outcome::NotPublished, error); });
}

void WasmerPublishJob::pack()
{
    setStep(PublishStep::Packing);
    m_workDir =
        std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("depot-publish-XXXXXX")));
    if (!m_workDir->isValid()) {
        end(PublishResult::Outcome::NotPublished,
            refusal(Error::Reason::Internal,
                    tr("Depot could not make a temporary folder to pack the package in.")));
        return;
    }
    m_archive = m_workDir->filePath(m_folder.id.name + QLatin1Char('-') + m_folder.version +
                                    QStringLiteral(".tar.gz"));
    PackOptions options;
    options.exclude = onlyPackageFiles(m_folder);
    auto* packer = new ArchivePackJob(m_folder.path, m_archive, options, this);
    m_packer = packer;
    connect(packer, &ArchiveJob::progress, this, &RegistryJob::progress);
    connect(packer, &ArchiveJob::finished, this, [this, packer] {
        qCDebug(lcArchive) << "packed" << packer->result().files << "file(s),"
                           << packer->result().archiveBytes << "bytes";
        m_packer = nullptr;
        if (m_options.preferResumableUpload)
            requestUploadAddress();
        else
            publish({});
    });
    connect(packer, &ArchiveJob::failed, this, [this](const ArchiveError& error) {
        m_packer = nullptr;
        end(PublishResult::Outcome::NotPublished,
            error.kind == ArchiveError::Kind::Canceled
                ? JobSupport::makeError(Error::Kind::Canceled, error.detail)
                : refusal(Error::Reason::Internal, error.text()));
    });
    packer->start();
}

void WasmerPublishJob::requestUploadAddress()
{
    setStep(PublishStep::Uploading);
    const QJsonObject variables{{QStringLiteral("name"), m_folder.id.toString()},
                                {QStringLiteral("version"), m_folder.version},
                                {QStringLiteral("filename"), QFileInfo(m_archive).fileName()}};
    RequestOptions options = m_client->defaultOptions();
    options.isRead = false;
    track(
        m_client->run(QStringLiteral("GenerateUploadUrl"), variables, options),
        [this](const QJsonObject& data) {
            const QUrl url(JsonFields::str(
                JsonFields::obj(JsonFields::obj(data, "generateUploadUrl"), "signedUrl"), "url"));
            if (url.isValid() &&
                (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
                upload(url);
            else
                publish({}); // no address: the archive goes in the request
        },
        [this](const Error& error) {
            // A registry without signed uploads takes the archive in the publish request itself.
            if (error.reason == Error::Reason::NotUnderstood || error.reason == Error::Reason::Unsupported) {
                qCDebug(lcRegistry) << "no signed upload address; publishing as a multipart request";
                publish({});
            } else {
                end(PublishResult::Outcome::NotPublished, error);
            }
        });
}

void WasmerPublishJob::upload(const QUrl& signedUrl)
{
    auto* upload = new ResumableUploadJob(m_network, {signedUrl, m_archive}, this);
    m_upload = upload;
    connect(upload, &ResumableUploadJob::progress, this, &RegistryJob::progress);
    connect(upload, &ResumableUploadJob::finished, this, [this, signedUrl] {
        m_upload = nullptr;
        publish(signedUrl.toString(QUrl::FullyEncoded));
    });
    connect(upload, &ResumableUploadJob::failed, this, [this](const Error& error) {
        m_upload = nullptr;
        end(PublishResult::Outcome::NotPublished, error);
    });
    upload->start();
}

QJsonObject WasmerPublishJob::publishVariables() const
{
    QJsonObject variables{{QStringLiteral("manifest"), m_folder.manifestText},
                          {QStringLiteral("name"), m_folder.id.toString()},
                          {QStringLiteral("version"), m_folder.version},
                          {QStringLiteral("description"), m_folder.description},
                          {QStringLiteral("private"), m_options.isPrivate}};
    const auto insertIfSet = [&variables](const char* key, const QString& value) {
        if (!value.isEmpty())
            variables.insert(QLatin1String(key), value);
    };
    insertIfSet("license", m_folder.licence);
    insertIfSet("repository", m_folder.repository);
    insertIfSet("homepage", m_folder.homepage);
    if (!m_folder.readmeFile.isEmpty()) {
        QFile readme(QDir(m_folder.path).filePath(m_folder.readmeFile));
        if (readme.open(QIODevice::ReadOnly) && readme.size() <= kMaxReadmeBytes)
            insertIfSet("readme", QString::fromUtf8(readme.readAll()));
    }
    return variables;
}

void WasmerPublishJob::publish(const QString& signedUrl)
{
    setStep(signedUrl.isEmpty() ? PublishStep::Uploading : PublishStep::CreatingVersion);
    setVersionSent();
    QJsonObject variables = publishVariables();
    GraphQlJob* request = nullptr;
    if (signedUrl.isEmpty()) {
        request = m_client->runWithFile(QStringLiteral("PublishPackage"), variables,
                                        QStringLiteral("fileUpload"), m_archive, longWrite(m_client, 60min));
    } else {
        variables.insert(QStringLiteral("signedUrl"), signedUrl);
        request = m_client->run(QStringLiteral("PublishPackage"), variables, longWrite(m_client, 15min));
    }
    track(
        request,
        [this](const QJsonObject& data) {
            const QJsonObject payload = JsonFields::obj(data, "publishPackage");
            if (payload.value(QStringLiteral("success")).toBool(false))
                confirm({});
            else
                confirm(refusal(Error::Reason::BadAnswer, {}));
        },
        [this](const Error& error) {
            if (leavesStateUnknown(error))
                confirm(error);
            else
                end(PublishResult::Outcome::NotPublished, error);
        });
}

void WasmerPublishJob::confirm(const Error& why)
{
    setStep(PublishStep::VerifyingState);
    m_result.interrupted = why.isError();
    const QJsonObject variables{{QStringLiteral("name"), WasmerBackend::wireName(m_folder.id)},
                                {QStringLiteral("version"), m_folder.version},
                                {QStringLiteral("namespace"), m_folder.id.scope}};
    track(
        m_client->run(QStringLiteral("PackageVersionTaken"), variables),
        [this, why](const QJsonObject& data) {
            const bool there = data.value(QStringLiteral("getPackageVersion")).isObject();
            m_result.packageExists = there || m_result.packageExists;
            if (there) {
                m_result.version = m_folder.version;
                end(PublishResult::Outcome::Published);
            } else {
                end(PublishResult::Outcome::NotPublished,
                    why.isError()
                        ? why
                        : refusal(Error::Reason::BadAnswer,
                                  tr("The registry said it published the version, but does not list it.")));
            }
        },
        [this, why](const Error&) { end(PublishResult::Outcome::Unknown, why); });
}

bool WasmerPublishJob::leavesStateUnknown(const Error& error)
{
    return error.kind == Error::Kind::Network || error.kind == Error::Kind::Timeout ||
           error.kind == Error::Kind::Canceled || error.reason == Error::Reason::ServerFault;
}

void WasmerPublishJob::stop()
{
    if (isFinished() || m_stopping)
        return;
    m_stopping = true;
    const Error cancelled =
        JobSupport::makeError(Error::Kind::Canceled, QStringLiteral("Stopped by the user"));
    if (m_packer)
        m_packer->cancel(); // ends through its failed()
    else if (m_upload)
        m_upload->cancel();
    else if (m_request && versionSent()) {
        GraphQlJob* request = m_request;
        m_request = nullptr;
        request->disconnect(this);
        request->cancel();
        confirm(cancelled);
    } else if (m_request) {
        GraphQlJob* request = m_request;
        m_request = nullptr;
        request->disconnect(this);
        request->cancel();
        end(PublishResult::Outcome::NotPublished, cancelled);
    }
}

void WasmerPublishJob::end(PublishResult::Outcome outcome, const Error& error)
{
    if (isFinished())
        return;
    m_result.outcome = outcome;
    m_result.error = error;
    if (outcome == PublishResult::Outcome::Published)
        m_result.serverVersions = {m_folder.version};
    m_workDir.reset(); // the archive goes with it
    qCDebug(lcRegistry).noquote() << "Wasmer publish of" << m_folder.id.toString() << m_folder.version
                                  << "ended:" << int(outcome)
                                  << (error.isError() ? error.logText() : QString());
    finish(m_result);
}
