#include "PageHeader.h"

#include "FlowLayout.h"

#include <QLabel>
#include <QVBoxLayout>

PageHeader::PageHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_description(new QLabel(this))
    , m_actions(new FlowLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    // Names and descriptions come from the registry: never let them be interpreted as rich text.
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QPalette quiet = m_subtitle->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(quiet);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTitle(QString());
    setSubtitle(QString());
    setDescription(QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_description);
    layout->addLayout(m_actions);
}

// A label's text is its accessible name; an accessible name set on it would hide the text from screen
// readers. Only an empty (hidden) label gets one, since hidden widgets stay in the accessibility tree.
static void setLabelText(QLabel* label, const QString& text, const QString& nameWhenEmpty)
{
    label->setText(text);
    label->setAccessibleName(text.isEmpty() ? nameWhenEmpty : QString());
    label->setVisible(!text.isEmpty());
}

void PageHeader::setTitle(const QString& title)
{
    setLabelText(m_title, title, tr("No title"));
}

void PageHeader::setSubtitle(const QString& subtitle)
{
    setLabelText(m_subtitle, subtitle, tr("No identifier"));
}

void PageHeader::setDescription(const QString& description)
{
    setLabelText(m_description, description, tr("No description"));
}

void PageHeader::addActionWidget(QWidget* widget)
{
    m_actions->addWidget(widget);
}

QWidget* PageHeader::pageWith(const QList<QWidget*>& under, QWidget* body)
{
    auto* content = new QWidget;
    auto* top = new QVBoxLayout;
    top->setContentsMargins(24, 20, 24, 8);
    top->setSpacing(12);
    top->addWidget(this);
    for (QWidget* widget : under)
        top->addWidget(widget);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(body, 1);
    return content;
}
