#include "PreferencesDialog.h"

#include "registry/CachedAnswers.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int kMostMiB = 4096;
} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_limit(new QSpinBox(this))
    , m_used(new QLabel(this))
    , m_clear(new QPushButton(tr("&Clear Cache"), this))
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));

    auto* intro = new QLabel(tr("Depot keeps the pages it has shown, so that they open at once next time and "
                                "while a registry cannot be reached. Nothing secret is kept, and signing out "
                                "of a registry removes what was seen signed in."),
                             this);
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("About saved pages"));

    m_limit->setRange(0, kMostMiB);
    m_limit->setSuffix(tr(" MiB"));
    m_limit->setValue(int(CachedAnswers::limitBytes() >> 20));
    m_limit->setAccessibleName(tr("Cache size limit in MiB"));
    // The box's own text field is a control of its own for screen readers.
    if (auto* field = m_limit->findChild<QLineEdit*>())
        field->setAccessibleName(m_limit->accessibleName());
    m_limit->setToolTip(tr("The oldest pages go first once saved pages take more than this; 0 keeps none."));
    connect(m_limit, &QSpinBox::valueChanged, this,
            [](int mib) { CachedAnswers::setLimitBytes(qint64(mib) << 20); });

    m_used->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear->setAccessibleName(tr("Clear cache"));
    m_clear->setToolTip(tr("Remove every saved page of every registry"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        CachedAnswers::clear();
        updateUsed();
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Cache &size limit:"), m_limit);
    form->addRow(tr("Used now:"), m_used);
    form->addRow(QString(), m_clear);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateUsed();
}

void PreferencesDialog::updateUsed()
{
    const QString text = QLocale().formattedDataSize(CachedAnswers::sizeOnDisk());
    m_used->setText(text);
    m_used->setAccessibleName(tr("Cache used now: %1").arg(text));
    m_clear->setEnabled(CachedAnswers::sizeOnDisk() > 0);
}

QAction* PreferencesDialog::addAction(QMenu* menu, QWidget* window)
{
    if (!menu)
        return nullptr;
    QAction* action = menu->addAction(tr("&Preferences…"));
    action->setObjectName(QStringLiteral("preferencesAction"));
    action->setMenuRole(QAction::PreferencesRole);
    connect(action, &QAction::triggered, window, [window] {
        auto* dialog = new PreferencesDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}
