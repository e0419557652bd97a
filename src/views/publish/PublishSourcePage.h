#pragma once

#include "PublishWizardPage.h"

#include <QPointer>
#include <QUrl>

class FieldErrorLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class RegistryJob;

// First page: where the package file comes from (a *.datapm.json file, or a new one made from a CSV file
// at an http(s) address), and the sign-in the registry needs before anything can be published.
class PublishSourcePage : public PublishWizardPage
{
    Q_OBJECT
public:
    explicit PublishSourcePage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QRadioButton* fromFileButton() const { return m_fromFile; }
    QRadioButton* fromUrlButton() const { return m_fromUrl; }
    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* urlEdit() const { return m_url; }
    FieldErrorLabel* problemLabel() const { return m_problem; }

    // Files larger than this are not package files (README and licence are 100,000 characters at most).
    static constexpr qint64 kMaxFileBytes = qint64(16) * 1024 * 1024;

private:
    void browse();
    void updateSignIn();
    void updateEnabled();
    bool readFile();
    void startDraft(const QUrl& url);

    QRadioButton* m_fromFile;
    QRadioButton* m_fromUrl;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_url;
    FieldErrorLabel* m_problem;
    QLabel* m_busy;
    QLabel* m_signInText;
    QPushButton* m_signIn;
    QPushButton* m_useKey;
    QPointer<RegistryJob> m_draftJob;
    QUrl m_draftUrl; // the URL whose draft is loaded, so Next after Back does not fetch it again
};
