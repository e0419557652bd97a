#include "HelpMenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

void addHelpMenu(QMenuBar* menuBar, QWidget* window)
{
    QAction* about = menuBar->addMenu(QCoreApplication::translate("HelpMenu", "&Help"))
                         ->addAction(QCoreApplication::translate("HelpMenu", "&About Depot"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        QMessageBox::about(
            window, QCoreApplication::translate("HelpMenu", "About Depot"),
            QCoreApplication::translate("HelpMenu",
                                        "Depot %1\n\nBrowse GraphQL package registries: DataPM, Wasmer and Metabind.")
                .arg(QCoreApplication::applicationVersion()));
    });
}
