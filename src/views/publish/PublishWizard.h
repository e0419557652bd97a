#pragma once

#include "registry/publish/PackageFileCheck.h"
#include "registry/publish/PublishRequest.h"
#include "registry/publish/PublishResult.h"

#include <QPointer>
#include <QWizard>

class AccountSession;
class PackageFilePublishing;
class PublishCatalogPage;
class PublishDetailsPage;
class PublishProgressPage;
class PublishResultPage;
class PublishSourcePage;
class PublishVersionPage;
class RegistryBackend;

// Point-and-click publishing: choose a package file (or make one from a CSV file at a URL), edit its
// names, texts and version, choose a catalog, publish with progress and cancel, then say exactly what
// the registry holds. The wizard keeps the draft (the file's text as read plus the edits laid over it),
// so nothing typed is lost when the user has to sign in again. The user's file is written only when they
// ask to save a bumped version, and then only the version changes.
class PublishWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, DetailsPageId, CatalogPageId, ProgressPageId, VersionPageId, ResultPageId };

    // `account` may be null (the caller signed in already); without it, sign-in is asked for with
    // signInRequested().
    PublishWizard(RegistryBackend* backend, AccountSession* account, QWidget* parent = nullptr);
    ~PublishWizard() override;

    RegistryBackend* backend() const;
    // The backend's publishing part; null once the backend is gone.
    PackageFilePublishing* publishing() const;
    AccountSession* account() const;

    // The draft.
    void setSource(const QByteArray& text, const QString& path);
    const QByteArray& fileText() const { return m_fileText; }
    QString filePath() const { return m_filePath; } // empty for a file made from a URL
    // Where files the package file names by path are read from; empty for a file made from a URL.
    QString fileFolder() const;
    PackageFileFields& overrides() { return m_overrides; }
    const PackageFileFields& overrides() const { return m_overrides; }
    void setCatalogSlug(const QString& slug) { m_catalogSlug = slug; }
    QString catalogSlug() const { return m_catalogSlug; }
    PackageFileCheck check() const;
    PublishRequest request() const;

    // The last publish's result (for the version and result pages).
    void setResult(const PublishResult& result) { m_result = result; }
    const PublishResult& result() const { return m_result; }
    // Starts another publish with the current draft (after a bump, a sign-in or "try again").
    void publishAgain();

    // Saves `version` into the user's file, changing nothing else. False with *error on failure.
    bool saveVersionToFile(const QString& version, QString* error);

    PublishSourcePage* sourcePage() const { return m_sourcePage; }
    PublishDetailsPage* detailsPage() const { return m_detailsPage; }
    PublishCatalogPage* catalogPage() const { return m_catalogPage; }
    PublishProgressPage* progressPage() const { return m_progressPage; }
    PublishVersionPage* versionPage() const { return m_versionPage; }
    PublishResultPage* resultPage() const { return m_resultPage; }

    // While publishing, Cancel (and closing the window) stops the publish instead of leaving it unknown.
    void reject() override;

    // Asks for a credential: the sign-in dialog when there is an account session, else signInRequested().
    void requestSignIn(bool apiKey);

signals:
    void openPackageRequested(const PackageId& id);
    // No account session was given: the owner should let the user sign in (hook for the main window).
    void signInRequested(bool apiKey);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QPointer<RegistryBackend> m_backend;
    QPointer<AccountSession> m_account;
    QByteArray m_fileText;
    QString m_filePath;
    PackageFileFields m_overrides;
    QString m_catalogSlug;
    PublishResult m_result;

    PublishSourcePage* m_sourcePage;
    PublishDetailsPage* m_detailsPage;
    PublishCatalogPage* m_catalogPage;
    PublishProgressPage* m_progressPage;
    PublishVersionPage* m_versionPage;
    PublishResultPage* m_resultPage;
};
