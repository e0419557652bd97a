#pragma once

#include "registry/PackageId.h"
#include "registry/publish/PackageFolder.h"
#include "registry/publish/PublishJob.h"
#include "registry/publish/PublishResult.h"

#include <QDialog>
#include <QPointer>

class AccountSession;
class FolderPublishing;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class RegistryBackend;

// Publishing a folder that a manifest describes (Wasmer's wasmer.toml): choose the folder; the manifest is
// read and checked at once, by the registry kind's rules, and shown with every problem listed; Publish is
// offered only for a folder without problems and with a credential. Then the steps with the bytes packed
// and uploaded, Stop, and how it ended, always with what the registry holds; a published version's page is
// opened (openPackageRequested).
class FolderPublisher : public QDialog
{
    Q_OBJECT
public:
    FolderPublisher(RegistryBackend* backend, AccountSession* account, QWidget* parent = nullptr);
    ~FolderPublisher() override;

    // Reads and checks the folder at `path` (what Choose… and the folder field do).
    void setFolder(const QString& path);
    const PackageFolder& folder() const { return m_folder; }
    // How the last publish ended; outcome NotPublished before any.
    const PublishResult& result() const { return m_result; }
    bool isPublishing() const { return m_job != nullptr; }

    QLineEdit* folderField() const { return m_path; }
    QPushButton* chooseButton() const { return m_choose; }
    QTreeWidget* manifestView() const { return m_manifest; }
    QListWidget* problemsView() const { return m_problems; }
    QCheckBox* privateBox() const { return m_private; }
    QCheckBox* resumableBox() const { return m_resumable; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* stopButton() const { return m_stop; }
    QLabel* stepLabel() const { return m_step; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* outcomeLabel() const { return m_outcome; }

signals:
    void openPackageRequested(const PackageId& id);
    // A publish ended (result() says how).
    void publishEnded();

private:
    void fillManifest();
    void updateButtons();
    void publish();
    void onEnded(const PublishResult& result);
    QString accountLine() const;

    QPointer<RegistryBackend> m_backend;
    QPointer<AccountSession> m_account;
    PackageFolder m_folder;
    PublishResult m_result;
    QPointer<PublishJob> m_job;

    QLineEdit* m_path;
    QPushButton* m_choose;
    QTreeWidget* m_manifest;
    QListWidget* m_problems;
    QLabel* m_accountLine;
    QCheckBox* m_private;
    QCheckBox* m_resumable;
    QLabel* m_step;
    QProgressBar* m_progress;
    QLabel* m_outcome;
    QPushButton* m_publish;
    QPushButton* m_stop;
    QDialogButtonBox* m_buttons;
};
