#include "DataPmUsers.h"

#include "DataPmBrowseDecoder.h"
#include "DataPmPackagePages.h"

DataPmUsers::DataPmUsers(GraphQlClient* client, QObject* jobParent)
    : GraphQlUsers(
          [](const QJsonObject& data, const QString&, Error* error) {
              return DataPmBrowseDecoder::user(data, &error->message);
          },
          client, jobParent)
{}

PackagePageJob* DataPmUsers::packagesOf(const QString& username, const PageRequest& page)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        return refuse(new PackagePageJob(m_jobParent), tr("Which user? The name is empty."));
    return DataPmPackagePages::run(m_client, m_jobParent, QStringLiteral("UserPackages"),
                                   QStringLiteral("userPackages"), {{QStringLiteral("username"), name}}, page);
}
