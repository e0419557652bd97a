#pragma once

#include "PublishWizardPage.h"

class FieldErrorLabel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Second page: the names, texts and version to publish, laid over the package file (the file itself is
// not changed). Every edit is checked at once by the registry's file rules and problems are shown under
// the field they concern; Next stays disabled while there is any, so nothing is sent with an error.
class PublishDetailsPage : public PublishWizardPage
{
    Q_OBJECT
public:
    explicit PublishDetailsPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Reads a README / licence text file; false (and the problem shown under the field) when it cannot.
    bool loadReadme(const QString& path);
    bool loadLicense(const QString& path);

    QLineEdit* slugEdit() const { return m_slug; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QLineEdit* versionEdit() const { return m_version; }
    FieldErrorLabel* errorLabel(const QString& field) const;

    static constexpr qint64 kMaxTextFileBytes = qint64(4) * 1024 * 1024;

private:
    void edited();
    void recheck();
    bool loadText(const QString& path, bool readme);
    void describeTexts();

    QLineEdit* m_slug;
    FieldErrorLabel* m_slugErrors;
    QLineEdit* m_displayName;
    FieldErrorLabel* m_displayNameErrors;
    QPlainTextEdit* m_description;
    FieldErrorLabel* m_descriptionErrors;
    QLineEdit* m_version;
    FieldErrorLabel* m_versionErrors;
    QLabel* m_readmeState;
    QPushButton* m_readmeBrowse;
    FieldErrorLabel* m_readmeErrors;
    QLabel* m_licenseState;
    QPushButton* m_licenseBrowse;
    FieldErrorLabel* m_licenseErrors;
    FieldErrorLabel* m_otherErrors;
    QString m_readmePath;
    QString m_licensePath;
    bool m_filling = false; // setting the fields from the file is not an edit
    bool m_ok = false;
};
