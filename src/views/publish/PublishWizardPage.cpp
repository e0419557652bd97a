#include "PublishWizardPage.h"

#include "PublishWizard.h"

PublishWizard* PublishWizardPage::publishWizard() const
{
    return qobject_cast<PublishWizard*>(wizard());
}
