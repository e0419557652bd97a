#pragma once

#include "PublishWizardPage.h"

class QCommandLinkButton;
class QLabel;
class QPushButton;

// Last page: what happened and what the registry now holds, in words: published, nothing changed since
// version X, not published (and why), or unknown. Offers what fits: open the package page, make the package
// public (its catalog is public), publish again, delete a package left without a version, sign in again.
class PublishResultPage : public PublishWizardPage
{
    Q_OBJECT
public:
    explicit PublishResultPage(QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

    QLabel* headlineLabel() const { return m_headline; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* actionLabel() const { return m_action; }
    QCommandLinkButton* openPackageButton() const { return m_openPackage; }
    QPushButton* makePublicButton() const { return m_makePublic; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* signInButton() const { return m_signIn; }

private:
    void describe();
    void makePublic();
    void deletePackage();
    void setAction(const QString& text);

    QLabel* m_headline;
    QLabel* m_details;
    QLabel* m_action;
    QCommandLinkButton* m_openPackage;
    QPushButton* m_makePublic;
    QPushButton* m_retry;
    QPushButton* m_delete;
    QPushButton* m_signIn;
};
