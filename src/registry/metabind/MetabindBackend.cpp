#include "MetabindBackend.h"

#include "MetabindAccount.h"
#include "MetabindDecoder.h"
#include "MetabindDialect.h"
#include "MetabindErrors.h"
#include "MetabindPackageList.h"
#include "MetabindPackagePages.h"
#include "MetabindParts.h"
#include "MetabindSearch.h"
#include "MetabindSearchDecoder.h"
#include "graphql/GraphQlClient.h"
#include "publish/MetabindPublishing.h"
#include "registry/JobSupport.h"
#include "rest/MetabindRest.h"
#include "rest/MetabindRestAccount.h"

#include <QJsonObject>

MetabindBackend::MetabindBackend(QNetworkAccessManager* network, const QUrl& endpoint,
                                 std::shared_ptr<const HeaderProvider> headers, QObject* parent)
    : GraphQlBackend(network, endpoint, headers,
                     {Dialect(MetabindDialect::id()), &MetabindErrors::explain, &MetabindDecoder::status},
                     parent)
    , m_rest(std::make_unique<MetabindRest>(client(), std::move(headers)))
    , m_account(std::make_unique<MetabindAccount>(client(), this, m_rest.get()))
    , m_restAccount(std::make_unique<MetabindRestAccount>(m_rest.get(), this))
    , m_publishing(std::make_unique<MetabindPublishing>(m_rest.get(), this))
    , m_packageList(std::make_unique<MetabindPackageList>(client(), this))
    , m_pages(std::make_unique<MetabindPackagePages>(client(), this))
    , m_search(std::make_unique<MetabindSearch>(client(), this, m_packageList.get()))
    , m_components(std::make_unique<MetabindParts>(MetabindParts::Kind::Components, client(), this,
                                                   m_packageList.get()))
    , m_assets(
          std::make_unique<MetabindParts>(MetabindParts::Kind::Assets, client(), this, m_packageList.get()))
{
    // The sidebar's two lists: components where other kinds have catalogs, assets where they have
    // collections. Signing in, API keys and publishing go over REST (rest/, publish/).
    offer({.search = m_search.get(),
           .catalogs = m_components.get(),
           .collections = m_assets.get(),
           .account = m_account.get(),
           .passwordSignIn = m_restAccount.get(),
           .apiKeys = m_restAccount.get(),
           .projectPublishing = m_publishing.get()});
}

MetabindBackend::~MetabindBackend() = default;

std::optional<PackageId> MetabindBackend::packageReference(const QString& text) const
{
    // "1.0.0", or a dependency as its page names it: "project@1.0.0".
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    const QString project = at > 0 ? trimmed.left(at) : QString();
    const QString version = at > 0 ? trimmed.mid(at + 1) : trimmed;
    const auto plain = [](const QString& part) {
        return !part.contains(QLatin1Char(' ')) && !part.contains(QLatin1Char('/')) &&
               !part.contains(QLatin1Char('@'));
    };
    if (version.isEmpty() || !version.front().isDigit() || !plain(version) || !plain(project))
        return std::nullopt;
    return PackageId{project, version};
}

QString MetabindBackend::whyMissing(RegistryPart part) const
{
    switch (part) {
    case RegistryPart::Downloads:
        return tr(
            "A Metabind package is not downloaded as a whole: download its assets from the Assets tab.");
    case RegistryPart::Publishing:
    case RegistryPart::FolderPublishing:
        return tr("Metabind publishes the project kept on the registry, not a file or folder.");
    default:
        return RegistryBackend::whyMissing(part);
    }
}

PackagePageJob* MetabindBackend::latestPackages(const PageRequest& page)
{
    return m_packageList->page(page);
}

PackageJob* MetabindBackend::package(const PackageId& id)
{
    if (MetabindSearchDecoder::isResult(id))
        return m_search->open(id);
    return m_pages->package(id);
}
