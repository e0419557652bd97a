#pragma once

#include "registry/PackageGroup.h"
#include "registry/Paging.h"
#include "registry/UserProfile.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// DataPM catalogs, collections, users and bare package lists (the `data` object of an answer) -> domain
// values. Pure like DataPmDecoder: nullopt with a technical *whyNot for an answer of the wrong shape.
class DataPmBrowseDecoder
{
public:
    // searchCatalogs {catalogs hasMore count}; `offset` is the one the page was asked for.
    static std::optional<Page<PackageGroup>> catalogPage(const QJsonObject& data, int offset,
                                                         QString* whyNot);
    // myCatalogs: a plain list, so one page with hasMore false.
    static std::optional<Page<PackageGroup>> catalogList(const QJsonObject& data, QString* whyNot);
    static std::optional<PackageGroup> catalog(const QJsonObject& data, QString* whyNot);
    // searchCollections {collections hasMore count}.
    static std::optional<Page<PackageGroup>> collectionPage(const QJsonObject& data, int offset,
                                                            QString* whyNot);
    // latestCollections {collections hasMore count}.
    static std::optional<Page<PackageGroup>> latestCollectionPage(const QJsonObject& data, int offset,
                                                                  QString* whyNot);
    static std::optional<PackageGroup> collection(const QJsonObject& data, QString* whyNot);
    // catalogPackages / collectionPackages: a bare list, so a page shorter than `limit` is the end.
    static std::optional<PackagePage> packageList(const QJsonObject& data, const QString& field, int offset,
                                                  int limit, QString* whyNot);
    // user(username): public fields only.
    static std::optional<UserProfile> user(const QJsonObject& data, QString* whyNot);

    // Helpers, public for the account decoder, tests and fuzzing.
    static std::optional<PackageGroup> catalogOf(const QJsonObject& object, QString* whyNot);
    static std::optional<PackageGroup> collectionOf(const QJsonObject& object, QString* whyNot);
    static std::optional<UserProfile> userOf(const QJsonObject& object, QString* whyNot);

private:
    static std::optional<PackageGroup> groupOf(const QJsonObject& object, const char* slugField,
                                               const char* nameField, QString* whyNot);
};
