#include "MessagePage.h"

#include "CertificateText.h"
#include "CodeFont.h"
#include "core/Error.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

MessagePage::MessagePage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_action(new QPushButton(this))
    , m_detailsButton(new QPushButton(tr("Show Certificate"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0); // no known end: the bar moves to show that something is happening
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(240);
    m_busy->setAccessibleName(tr("Working"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setFlat(true);
    connect(m_detailsButton, &QPushButton::toggled, this, [this](bool shown) {
        if (m_details)
            m_details->setVisible(shown);
        m_detailsButton->setText(shown ? tr("Hide Certificate") : tr("Show Certificate"));
    });
    showMessage(QString(), QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(1);
    layout->addWidget(m_title);
    // No layout alignment for the wrapped label: with one, Qt sizes it to its first words only.
    layout->addWidget(m_detail);
    layout->addSpacing(8);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addWidget(m_detailsButton, 0, Qt::AlignHCenter);
    // The certificate's text view comes here (its index) with the first certificate: every page of a list
    // has a message page, few ever show one (bench figure 9).
    layout->addStretch(2);

    connect(m_action, &QPushButton::clicked, this, &MessagePage::actionTriggered);
}

void MessagePage::showMessage(const QString& title, const QString& detail, const QString& actionText)
{
    m_busy->hide();
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    // Hidden widgets stay in the accessibility tree: never leave them without a name.
    m_detail->setAccessibleName(detail.isEmpty() ? tr("No details") : QString());
    m_action->setText(actionText.isEmpty() ? tr("No action") : actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_detailsButton->setChecked(false);
    m_detailsButton->hide();
    if (m_details) {
        m_details->clear();
        m_details->hide();
    }
}

void MessagePage::showError(const QString& title, const Error& error, const QString& actionText)
{
    showMessage(title, error.userText(), actionText);
    if (error.certificatePem.isEmpty())
        return;
    if (!m_details) {
        m_details = new QPlainTextEdit(this);
        m_details->setReadOnly(true);
        m_details->setFont(codeFont());
        m_details->setAccessibleName(tr("Certificate"));
        m_details->setMaximumHeight(220);
        m_details->hide();
        auto* box = static_cast<QVBoxLayout*>(layout());
        box->insertWidget(box->indexOf(m_detailsButton) + 1, m_details);
    }
    m_details->setPlainText(CertificateText::describe(error.certificatePem));
    m_detailsButton->show();
}

QString MessagePage::details() const
{
    return m_details ? m_details->toPlainText() : QString();
}

void MessagePage::showBusy(const QString& title, const QString& detail)
{
    showMessage(title, detail);
    m_busy->show();
}

bool MessagePage::isBusy() const
{
    return !m_busy->isHidden();
}

QString MessagePage::title() const
{
    return m_title->text();
}

QString MessagePage::detail() const
{
    return m_detail->text();
}
