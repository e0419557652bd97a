#pragma once

#include "registry/Jobs.h"

#include <QJsonObject>

class GraphQlClient;
class QObject;

// DataPM's package lists (latest, search, a user's) share one answer shape ({hasMore, count, packages}) and
// one paging: the operation `operation` gets `variables` plus offSet/limit from `page`, and its answer's field
// `field` is the page.
namespace DataPmPackagePages {

PackagePageJob* run(GraphQlClient* client, QObject* jobParent, const QString& operation, const QString& field,
                    QJsonObject variables, const PageRequest& page);

} // namespace DataPmPackagePages
