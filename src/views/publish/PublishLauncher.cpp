#include "PublishLauncher.h"

#include "FolderPublisher.h"
#include "ProjectPublisher.h"
#include "PublishWizard.h"
#include "registry/RegistryBackend.h"

#include <QAction>
#include <QMessageBox>

QWidget* PublishLauncher::open(RegistryBackend* backend, AccountSession* account, QWidget* parent,
                               std::function<void(const PackageId&)> openPackage)
{
    if (!backend) {
        QMessageBox::information(parent, tr("Publish"),
                                 tr("Select a registry and wait until it is connected."));
        return nullptr;
    }
    if (backend->folderPublishing()) {
        auto* publisher = new FolderPublisher(backend, account, parent);
        publisher->setAttribute(Qt::WA_DeleteOnClose);
        publisher->setWindowModality(Qt::WindowModal);
        // The backend goes away (another registry, new credentials): the publisher with it.
        QObject::connect(backend, &QObject::destroyed, publisher, &QObject::deleteLater);
        QObject::connect(publisher, &FolderPublisher::openPackageRequested, publisher,
                         std::move(openPackage));
        publisher->show();
        return publisher;
    }
    if (backend->projectPublishing()) {
        auto* publisher = new ProjectPublisher(backend, account, parent);
        publisher->setAttribute(Qt::WA_DeleteOnClose);
        publisher->setWindowModality(Qt::WindowModal);
        QObject::connect(backend, &QObject::destroyed, publisher, &QObject::deleteLater);
        QObject::connect(publisher, &ProjectPublisher::openPackageRequested, publisher,
                         std::move(openPackage));
        publisher->show();
        return publisher;
    }
    if (!backend->packageFilePublishing()) {
        QMessageBox::information(parent, tr("Publish"), backend->whyMissing(RegistryPart::Publishing));
        return nullptr;
    }
    // With the registry's account session the wizard signs in (or takes a key) by itself.
    auto* wizard = new PublishWizard(backend, account, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The backend goes away (another registry was opened): the wizard with it.
    QObject::connect(backend, &QObject::destroyed, wizard, &QObject::deleteLater);
    QObject::connect(wizard, &PublishWizard::openPackageRequested, wizard, std::move(openPackage));
    QObject::connect(wizard, &PublishWizard::signInRequested, wizard, [wizard] {
        QMessageBox::information(wizard, PublishWizard::tr("Sign In"),
                                 PublishWizard::tr("Sign in to this registry first, then publish again."));
    });
    wizard->open();
    return wizard;
}

void PublishLauncher::updateAction(QAction* action, RegistryBackend* backend)
{
    const bool can = backend && (backend->packageFilePublishing() || backend->folderPublishing() ||
                                 backend->projectPublishing());
    action->setEnabled(can);
    action->setToolTip(!backend ? tr("Select a registry and wait until it is connected")
                       : can    ? tr("Publish a package to the selected registry (Ctrl+Shift+P)")
                                : backend->whyMissing(RegistryPart::Publishing));
}
