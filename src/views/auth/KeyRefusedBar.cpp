#include "KeyRefusedBar.h"

#include "session/AccountSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

KeyRefusedBar::KeyRefusedBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign In…"), this))
    , m_remove(new QPushButton(tr("Remove from Keychain"), this))
    , m_keep(new QPushButton(tr("Keep"), this))
{
    setObjectName(QStringLiteral("keyRefusedBar"));
    setAccessibleName(tr("Refused key"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_remove->setObjectName(QStringLiteral("removeRefusedKey"));
    m_keep->setObjectName(QStringLiteral("keepRefusedKey"));
    m_keep->setAccessibleName(tr("Keep the key in the keychain"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_signIn);
    layout->addWidget(m_remove);
    layout->addWidget(m_keep);
    connect(m_signIn, &QPushButton::clicked, this, &KeyRefusedBar::signInRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_account)
            m_account->forgetKey();
        hide();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (m_account)
            m_account->dismissRefusedKey();
    });
    hide();
}

void KeyRefusedBar::setAccount(AccountSession* account)
{
    if (m_account)
        disconnect(m_account, nullptr, this, nullptr);
    m_account = account;
    if (account) {
        connect(account, &AccountSession::keyRefused, this, &KeyRefusedBar::update);
        connect(account, &AccountSession::stateChanged, this, &KeyRefusedBar::update);
    }
    update();
}

void KeyRefusedBar::update()
{
    const bool refused = m_account && m_account->hasRefusedKey();
    setVisible(refused);
    // Hidden, the bar stays in the accessibility tree: its empty label needs a name there (and none once it
    // has text, which is then what a screen reader reads).
    m_text->setAccessibleName(refused ? QString() : tr("No refused key"));
    if (!refused)
        return;
    const QString host = m_account->endpoint().host();
    const bool stored = m_account->hasStoredKey();
    m_text->setText(stored ? tr("%1 refused the API key kept in the keychain: it may have been revoked. Depot "
                                "browses without it. Remove it from the keychain?")
                                 .arg(host)
                           : tr("%1 refused the API key: it may have been revoked. Depot browses without it.")
                                 .arg(host));
    m_remove->setVisible(stored);
    m_keep->setText(stored ? tr("Keep") : tr("Dismiss"));
    m_keep->setAccessibleName(stored ? tr("Keep the key in the keychain") : tr("Dismiss"));
}
