#pragma once

#include <QPointer>
#include <QWidget>

class AccountSession;
class QLabel;
class QPushButton;

// The status-bar part that says who is signed in to the open registry ("Signed in as demo"), and, when the
// registry rejected the credential, "Key rejected" with a "Sign in again" button: never anonymous browsing
// without a word.
class AccountStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AccountStatusWidget(QWidget* parent = nullptr);

    void setAccount(AccountSession* account);
    QString text() const;
    QPushButton* signInAgainButton() const { return m_signInAgain; }

signals:
    void signInRequested();

private:
    void update();

    QPointer<AccountSession> m_account;
    QLabel* m_text;
    QPushButton* m_signInAgain;
};
