#pragma once

#include "PublishWizardPage.h"
#include "registry/PackageGroup.h"

#include <QList>
#include <QPointer>

class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RegistryJob;

// Third page (the commit page: "Publish" starts sending): the catalog to publish into, from the user's own
// catalogs (myCatalogs). When there is none, it offers to create one.
class PublishCatalogPage : public PublishWizardPage
{
    Q_OBJECT
public:
    explicit PublishCatalogPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox* catalogCombo() const { return m_catalogs; }
    bool isLoading() const { return !m_job.isNull(); }
    void selectCatalog(const QString& slug);

private:
    void load();
    void showCatalogs(const QList<PackageGroup>& catalogs, const QString& select);
    void createCatalog();

    QComboBox* m_catalogs;
    QLabel* m_state;
    QPushButton* m_retry;
    QPushButton* m_newCatalog;
    QGroupBox* m_createBox;
    QLineEdit* m_newSlug;
    QLineEdit* m_newName;
    QCheckBox* m_newPublic;
    QPushButton* m_create;
    FieldErrorLabel* m_createErrors;
    QPointer<RegistryJob> m_job;
    QList<PackageGroup> m_list;
};
