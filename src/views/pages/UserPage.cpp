#include "UserPage.h"

#include "LinkButton.h"
#include "PageHeader.h"
#include "PagedPackageTable.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/UserDirectory.h"

#include <QLabel>
#include <QVBoxLayout>

UserPage::UserPage(RegistryBackend* backend, const QString& username, QWidget* parent)
    : StatefulPage(parent)
    , m_backend(backend)
    , m_username(username)
    , m_header(new PageHeader(this))
    , m_location(new QLabel(this))
    , m_websiteLink(new LinkButton(this))
{
    setAccessibleName(tr("User %1").arg(m_username));
    m_header->setTitle(m_username);
    m_location->setAccessibleName(tr("No location"));
    m_location->setTextFormat(Qt::PlainText);
    m_location->hide();
    m_websiteLink->setAccessibleName(tr("Open website"));
    m_websiteLink->hide();
    m_header->addActionWidget(m_location);
    m_header->addActionWidget(m_websiteLink);

    UserDirectory* users = m_backend ? m_backend->users() : nullptr;
    if (users && users->listsPackages()) {
        m_packages = new PagedPackageTable(nullptr, this);
        m_packages->setEmptyText(tr("No packages"),
                                 tr("%1 has published no public package.").arg(m_username));
        connect(m_packages, &PagedPackageTable::packageActivated, this, &UserPage::openPackage);
    }
    setContent(m_packages ? m_packages->withHeader(m_header, tr("Packages"))
                          : PagedPackageTable::alone(m_header));

    connect(m_websiteLink, &QPushButton::clicked, this, [this] { emit openUrl(m_profile.website); });

    reload();
}

QString UserPage::title() const
{
    return m_loaded && !m_profile.displayName.isEmpty() ? m_profile.displayName : m_username;
}

void UserPage::reload()
{
    const LoadTexts texts{tr("Loading user…"), tr("Could not load the user"), tr("User not found")};
    UserDirectory* users = m_backend ? m_backend->users() : nullptr;
    if (m_backend && !users) {
        showUnavailable(texts, m_backend->whyMissing(RegistryPart::Users));
        return;
    }
    startLoad(users ? users->user(m_username) : nullptr, texts,
              [this](const UserProfile& value) { onLoaded(value); });
    // The packages load alongside the profile; the table shows its own loading and error states.
    if (m_packages) {
        m_packages->setSource([backend = m_backend, name = m_username](const PageRequest& page) {
            UserDirectory* directory = backend ? backend->users() : nullptr;
            return directory ? directory->packagesOf(name, page) : nullptr;
        });
    }
}

QVariant UserPage::saveState() const
{
    return m_packages ? m_packages->saveState() : QVariant();
}

void UserPage::restoreState(const QVariant& state)
{
    if (m_packages)
        m_packages->restoreState(state);
}

void UserPage::onLoaded(const UserProfile& profile)
{
    const QString oldTitle = title();
    m_profile = profile;
    m_loaded = true;
    setAccessibleName(tr("User %1").arg(title()));
    m_header->setTitle(title());
    m_header->setSubtitle(tr("User %1").arg(profile.username));
    // An empty page would look broken; say that there is nothing more to see.
    const bool bare =
        profile.description.isEmpty() && profile.location.isEmpty() && !profile.website.isValid();
    m_header->setDescription(bare ? tr("%1 has not shared anything else publicly.").arg(title())
                                  : profile.description);
    m_location->setText(profile.location);
    m_location->setAccessibleName(profile.location.isEmpty() ? tr("No location") : QString());
    m_location->setVisible(!profile.location.isEmpty());
    m_websiteLink->showUrl(profile.website, tr("Open website %1"));
    showContent();
    if (title() != oldTitle)
        emit titleChanged(title());
}
