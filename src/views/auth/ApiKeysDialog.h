#pragma once

#include "registry/CreatedApiKey.h"

#include <QDialog>
#include <QPointer>

class AccountSession;
class ApiKeyListModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

// The API keys of one registry: the list (label, created, last used, scopes), Create (a label proposed from
// host and machine, a taken label said in place), then the new secret shown once (masked unless asked, with
// Copy; the clipboard is cleared after 60 s) with "Keep in the keychain for this registry"; Delete with a
// confirmation (the stored key also leaves the keychain); "Use a key…" for a key made elsewhere.
class ApiKeysDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { List, Create, Secret };

    explicit ApiKeysDialog(AccountSession* account, QWidget* parent = nullptr);
    ~ApiKeysDialog() override;

    ApiKeyListModel* model() const { return m_model; }
    Page page() const;
    QString problem() const;
    // Asks again for the list.
    void reload();

    void done(int result) override;

signals:
    // The list needs a signed-in user (or a key): the owner opens the sign-in dialog.
    void signInRequested();

private:
    void showPage(Page page);
    void showProblem(const QString& text);
    void updateListState();
    void updateButtons();
    void startCreate();
    void create();
    void showSecret(const CreatedApiKey& created);
    void finishSecret();
    void useForSessionOnly();
    void forgetSecret();
    void deleteSelected();
    void useExistingKey();
    int selectedRow() const;
    QString host() const;

    QPointer<AccountSession> m_account;
    ApiKeyListModel* m_model;
    QStackedWidget* m_pages;
    QLabel* m_problem;

    // list page
    QLabel* m_listState;
    QTableView* m_table;
    QPushButton* m_createButton;
    QPushButton* m_deleteButton;
    QPushButton* m_useButton;
    QPushButton* m_reloadButton;
    QPushButton* m_signInButton;
    QPushButton* m_closeButton;

    // create page
    QLineEdit* m_label;
    QPushButton* m_confirmCreate;
    QPushButton* m_cancelCreate;

    // secret page
    QLineEdit* m_secret;
    QCheckBox* m_showSecret;
    QPushButton* m_copy;
    QCheckBox* m_keep;
    QPushButton* m_sessionOnly;
    QPushButton* m_done;
    Credential m_createdCredential; // until the secret page is left: then stored, used or wiped
    QString m_createdKeyId;
    bool m_busy = false;
};
