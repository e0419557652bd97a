#pragma once

#include "registry/PackageId.h"

#include <QCoreApplication>

#include <functional>

class AccountSession;
class QAction;
class QWidget;
class RegistryBackend;

// The Publish… entry point: opens the publisher for the open registry's kind of publishing (a package file:
// PublishWizard; a folder with a manifest: FolderPublisher; a project kept on the registry:
// ProjectPublisher), or says why this registry has none. One publisher per kind of publishing part, never
// another registry kind's.
class PublishLauncher
{
    Q_DECLARE_TR_FUNCTIONS(PublishLauncher)
public:
    // The publisher, opened (window-modal, deleted on close), or null after telling the person why not.
    // `openPackage` is called when the person asks to see what they published.
    static QWidget* open(RegistryBackend* backend, AccountSession* account, QWidget* parent,
                         std::function<void(const PackageId&)> openPackage);
    // Enables `action` (Publish…) where `backend` can publish, with a tooltip that says what it does or why
    // not.
    static void updateAction(QAction* action, RegistryBackend* backend);
};
