#pragma once

#include "registry/PackageId.h"
#include "registry/publish/PublishProject.h"
#include "registry/publish/PublishResult.h"

#include <QDialog>
#include <QPointer>

class AccountSession;
class FieldErrorLabel;
class ProjectPublishing;
class ProjectContentsView;
class PublishJob;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class RegistryBackend;

// Publishing a project kept on the registry (Metabind) as a new version: pick the organization and project
// (listed where the registry lists them, typed otherwise), see the components and assets that will be
// packaged and the latest version, enter the version (a next patch, minor or major is one click away; a
// taken or lower one is said under the field at once) and notes, Publish. The registry is checked again
// before anything changes; problems are said in place; a published version's page is opened
// (openPackageRequested) and the publisher closes.
class ProjectPublisher : public QDialog
{
    Q_OBJECT
public:
    ProjectPublisher(RegistryBackend* backend, AccountSession* account, QWidget* parent = nullptr);
    ~ProjectPublisher() override;

    PublishProject project() const;
    const ProjectContents& contents() const { return m_contents; }
    bool contentsLoaded() const { return m_loaded; }
    const PublishResult& result() const { return m_result; }
    bool isPublishing() const { return m_job != nullptr; }

signals:
    void openPackageRequested(const PackageId& id);
    void publishEnded();
    // The contents of the chosen project were read (or could not be: the status line says why).
    void contentsChanged();

private:
    void loadProjects();
    void loadContents();
    void fillContents();
    void fillProjects(const QList<PublishProject>& projects);
    void checkVersion();
    void updateButtons();
    void publish();
    void onEnded(const PublishResult& result);
    void showStatus(const QString& text, bool problem);
    void signIn();
    ProjectPublishing* part() const;

    QPointer<RegistryBackend> m_backend;
    QPointer<AccountSession> m_account;
    ProjectContents m_contents;
    bool m_loaded = false;
    bool m_versionOk = false;
    int m_contentsRequest = 0; // answers about another project than the one now chosen are dropped
    PublishResult m_result;
    QPointer<PublishJob> m_job;

    QComboBox* m_organization;
    QComboBox* m_project;
    ProjectContentsView* m_tree;
    QLabel* m_latest;
    QLineEdit* m_version;
    QPushButton* m_nextPatch;
    QPushButton* m_nextMinor;
    QPushButton* m_nextMajor;
    FieldErrorLabel* m_versionProblem;
    QPlainTextEdit* m_notes;
    QLabel* m_status;
    QPushButton* m_signIn;
    QPushButton* m_publish;
    QPushButton* m_stop;
    QDialogButtonBox* m_buttons;
};
