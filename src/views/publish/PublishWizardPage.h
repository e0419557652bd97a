#pragma once

#include <QWizardPage>

class PublishWizard;

// The base of the publish wizard's pages: they share the wizard's draft and result.
class PublishWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

protected:
    PublishWizard* publishWizard() const;
};
