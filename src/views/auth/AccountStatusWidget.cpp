#include "AccountStatusWidget.h"

#include "session/AccountSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

AccountStatusWidget::AccountStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel)
    , m_signInAgain(new QPushButton(tr("Sign In Again…")))
{
    setObjectName(QStringLiteral("accountStatus"));
    m_text->setObjectName(QStringLiteral("accountText"));
    m_signInAgain->setObjectName(QStringLiteral("signInAgain"));
    m_signInAgain->setAccessibleName(tr("Sign in again"));
    m_signInAgain->setFlat(true);
    m_signInAgain->setVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_signInAgain);
    connect(m_signInAgain, &QPushButton::clicked, this, &AccountStatusWidget::signInRequested);
    update();
}

void AccountStatusWidget::setAccount(AccountSession* account)
{
    if (m_account)
        disconnect(m_account, nullptr, this, nullptr);
    m_account = account;
    if (account) {
        connect(account, &AccountSession::stateChanged, this, &AccountStatusWidget::update);
        connect(account, &AccountSession::userChanged, this, &AccountStatusWidget::update);
    }
    update();
}

QString AccountStatusWidget::text() const
{
    return m_text->text();
}

void AccountStatusWidget::update()
{
    const bool rejected = m_account && m_account->state() == AccountSession::State::Rejected;
    const QString text = m_account ? m_account->statusText() : QString();
    m_text->setText(text);
    m_text->setAccessibleName(text.isEmpty() ? tr("Account") : text);
    m_signInAgain->setVisible(rejected);
    setVisible(m_account);
}
