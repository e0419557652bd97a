#pragma once

#include <QDialog>
#include <QPointer>

class AccountSession;
class KeyCheck;
class KeyEntry;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

// Sign in to one registry with user name and password (the session token stays in memory), or paste an
// API key in the fields its registry kind asks for (KeyEntry): checked with the registry first (KeyCheck),
// then kept in the keychain, or for this session only when there is no keychain and the user says so.
// A refused key is said next to it, and nothing is kept.
// Problems are said in place: wrong credentials, no keychain, a key that is not one of this registry.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Password, PasteKey };

    explicit SignInDialog(AccountSession* account, QWidget* parent = nullptr, Mode mode = Mode::Password);
    ~SignInDialog() override;

    void setMode(Mode mode);
    Mode mode() const;
    QString problem() const;

    void done(int result) override;

private:
    void submit();
    void signIn();
    void useKey();
    void useKeyForSessionOnly();
    void setBusy(bool busy);
    void showProblem(const QString& text);
    void updateButtons();
    // Names the key as the registry kind does, and offers only the ways of signing in it has.
    void adaptToRegistry();

    QPointer<AccountSession> m_account;
    QTabWidget* m_tabs;
    QLineEdit* m_username;
    QLineEdit* m_password;
    KeyEntry* m_key;
    KeyCheck* m_check = nullptr;
    QCheckBox* m_keep;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_submit;
    QPushButton* m_sessionOnly;
    bool m_busy = false;
};
