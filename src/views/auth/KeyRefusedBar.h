#pragma once

#include <QFrame>
#include <QPointer>

class AccountSession;
class QLabel;
class QPushButton;

// Above the pages, once, when the registry refused the key Depot used (revoked on its web site, say): Depot
// browses without it now, and the person decides what becomes of the key: sign in, remove it from the keychain,
// or keep it there.
class KeyRefusedBar : public QFrame
{
    Q_OBJECT
public:
    explicit KeyRefusedBar(QWidget* parent = nullptr);

    void setAccount(AccountSession* account);
    QLabel* textLabel() const { return m_text; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* keepButton() const { return m_keep; }

signals:
    void signInRequested();

private:
    void update();

    QPointer<AccountSession> m_account;
    QLabel* m_text;
    QPushButton* m_signIn;
    QPushButton* m_remove;
    QPushButton* m_keep;
};
