#pragma once

#include "PublishWizardPage.h"

class FieldErrorLabel;
class QCheckBox;
class QLabel;
class QPushButton;

// Shown when the registry needs a higher version (Error::Reason::VersionTooLow): the version the registry
// needs for this change, and a button that bumps the version to it and publishes again, optionally saving the
// new version into the user's package file (only the version value changes there).
class PublishVersionPage : public PublishWizardPage
{
    Q_OBJECT
public:
    explicit PublishVersionPage(QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override;

    QLabel* messageLabel() const { return m_message; }
    QCheckBox* saveCheckBox() const { return m_save; }
    QPushButton* bumpButton() const { return m_bump; }

private:
    void bump();

    QLabel* m_message;
    QCheckBox* m_save;
    QPushButton* m_bump;
    FieldErrorLabel* m_saveErrors;
};
