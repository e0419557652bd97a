#pragma once

#include "StatefulPage.h"
#include "registry/UserProfile.h"

#include <QPointer>

class LinkButton;
class PageHeader;
class PagedPackageTable;
class QLabel;
class RegistryBackend;

template <typename T> class ResultJob;

// A registry user's public profile: name, username, location, description, website, and where the registry
// lists them, the packages the user owns (paged). Nothing private (e-mail address and the like are never
// asked for).
class UserPage : public StatefulPage
{
    Q_OBJECT
public:
    UserPage(RegistryBackend* backend, const QString& username, QWidget* parent = nullptr);

    QString title() const override;
    QVariant saveState() const override;
    void restoreState(const QVariant& state) override;
    void reload() override;

    QString username() const { return m_username; }
    const UserProfile& profile() const { return m_profile; }
    PageHeader* header() const { return m_header; }
    QLabel* locationLabel() const { return m_location; }
    LinkButton* websiteLink() const { return m_websiteLink; }
    // Null where the registry does not list a user's packages.
    PagedPackageTable* packages() const { return m_packages; }

private:
    void onLoaded(const UserProfile& profile);

    QPointer<RegistryBackend> m_backend;
    QString m_username;
    UserProfile m_profile;
    bool m_loaded = false;

    PageHeader* m_header;
    QLabel* m_location;
    LinkButton* m_websiteLink;
    PagedPackageTable* m_packages = nullptr;
};
