#include "ProjectContentsView.h"

#include <QHeaderView>
#include <QLocale>

ProjectContentsView::ProjectContentsView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("contents"));
    setAccessibleName(tr("What will be packaged"));
    setHeaderLabels({tr("Name"), tr("Details")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
}

void ProjectContentsView::showContents(const ProjectContents* contents)
{
    clear();
    if (!contents)
        return;
    addSection(tr("Components (%1)"), contents->components, true);
    addSection(tr("Assets (%1)"), contents->assets, false);
}

void ProjectContentsView::addSection(const QString& title, const QList<ProjectItem>& items, bool components)
{
    auto* top = new QTreeWidgetItem(this, {title.arg(items.size())});
    top->setFirstColumnSpanned(true);
    for (const ProjectItem& item : items) {
        QString details = item.status;
        if (!components)
            //: An asset's type and size: "image/png, 529 bytes"
            details = item.size >= 0 ? tr("%1, %2").arg(item.kind, QLocale().formattedDataSize(item.size))
                                     : item.kind;
        const QString name = item.title.isEmpty() || item.title == item.name
                                 ? item.name
                                 //: A component's name and title: "ProductCard (Product Card)"
                                 : tr("%1 (%2)").arg(item.name, item.title);
        auto* row = new QTreeWidgetItem(top, {name, details});
        row->setToolTip(0, name);
    }
    top->setExpanded(true);
}
