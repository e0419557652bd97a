#pragma once

#include "registry/PackageId.h"
#include "registry/publish/PublishJob.h"
#include "registry/publish/PublishRequest.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class GraphQlClient;
class GraphQlJob;
struct RequestOptions;

// Publishes one version as the datapm CLI does: package → createPackage (PACKAGE_NOT_FOUND) or updatePackage
// → createVersion with the package file as a JSON string. Everything that can be said about the outcome is
// said in the result: HIGHER_VERSION_REQUIRED with minNextVersion, an identical file answering the existing
// version, and after a stop or a lost answer once a change was sent, what the server really holds.
class DataPmPublishJob : public PublishJob
{
    Q_OBJECT
public:
    DataPmPublishJob(GraphQlClient* client, PublishRequest request, QObject* parent = nullptr);

    void stop() override;

private:
    using DataHandler = std::function<void(const QJsonObject& data)>;
    using ErrorHandler = std::function<void(const Error& error)>;

    void start();
    void checkPackage();
    void createPackage();
    void updatePackage();
    void createVersion();
    void verify(const Error& why);
    // Sends one operation; `field` is the root field whose null answer means "use the first partial error".
    void send(const QString& operation, const QJsonObject& variables, const RequestOptions& options,
              const QString& field, DataHandler onData, ErrorHandler onError);
    void readPackageState(const QJsonObject& package);
    void end(PublishResult::Outcome outcome, const Error& error = {});
    // An error after which the server may or may not have done what was asked.
    // A request that changes the server failed: ask the server what it holds where the failure leaves that
    // unknown, else end as not published.
    void failAfterChange(const Error& error);
    static bool leavesStateUnknown(const Error& error);
    QJsonObject identifier() const;

    GraphQlClient* m_client;
    PublishRequest m_request;
    QJsonObject m_file;
    PublishResult m_result;
    QStringList m_versionsBefore;
    QPointer<GraphQlJob> m_inFlight;
    bool m_changeSent = false; // a mutation left: an interruption must ask the server
    bool m_stopping = false;
};
