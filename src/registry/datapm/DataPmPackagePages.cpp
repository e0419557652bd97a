#include "DataPmPackagePages.h"

#include "DataPmDecoder.h"
#include "DataPmPaging.h"
#include "graphql/GraphQlClient.h"

PackagePageJob* DataPmPackagePages::run(GraphQlClient* client, QObject* jobParent, const QString& operation,
                                        const QString& field, QJsonObject variables, const PageRequest& page)
{
    auto* job = new PackagePageJob(jobParent);
    const std::optional<int> offset = DataPmPaging::offsetFromCursor(page.cursor);
    if (!offset)
        return JobSupport::failQueued(job, DataPmPaging::badCursor(page.cursor));
    const int limit = DataPmPaging::limitOf(page);
    variables.insert(QStringLiteral("offSet"), *offset);
    variables.insert(QStringLiteral("limit"), limit);
    JobSupport::bind(client->run(operation, variables), job,
                     [field, start = *offset, limit](const QJsonObject& data, QString* whyNot) {
                         return DataPmDecoder::packagePage(data, field, start, limit, whyNot);
                     });
    return job;
}
