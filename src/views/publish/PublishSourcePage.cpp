#include "PublishSourcePage.h"

#include "FieldErrorLabel.h"
#include "PublishWizard.h"
#include "registry/RegistryBackend.h"
#include "registry/parts/PackageFilePublishing.h"
#include "session/AccountSession.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

PublishSourcePage::PublishSourcePage(QWidget* parent)
    : PublishWizardPage(parent)
    , m_fromFile(new QRadioButton(tr("Use a &package file (*.datapm.json)")))
    , m_fromUrl(new QRadioButton(tr("Make a &new package file from a CSV file on the web")))
    , m_path(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_url(new QLineEdit)
    , m_problem(new FieldErrorLabel(tr("Package file")))
    , m_busy(new QLabel)
    , m_signInText(new QLabel)
    , m_signIn(new QPushButton(tr("&Sign In…")))
    , m_useKey(new QPushButton(tr("Use an &API Key…")))
{
    setObjectName(QStringLiteral("publishSourcePage"));
    setTitle(tr("What to Publish"));
    setSubTitle(tr("Choose a package file, or let Depot make one from a CSV file at a web address."));

    m_fromFile->setObjectName(QStringLiteral("fromFile"));
    m_fromFile->setAccessibleName(tr("Use a package file"));
    m_fromFile->setChecked(true);
    m_fromUrl->setObjectName(QStringLiteral("fromUrl"));
    m_fromUrl->setAccessibleName(tr("Make a new package file from a CSV file on the web"));
    m_path->setObjectName(QStringLiteral("packageFilePath"));
    m_path->setAccessibleName(tr("Package file"));
    m_path->setPlaceholderText(tr("/path/to/package.datapm.json"));
    m_browse->setObjectName(QStringLiteral("browsePackageFile"));
    m_browse->setAccessibleName(tr("Browse for a package file"));
    m_url->setObjectName(QStringLiteral("csvUrl"));
    m_url->setAccessibleName(tr("CSV file address"));
    m_url->setPlaceholderText(tr("https://example.com/data.csv"));
    m_problem->setObjectName(QStringLiteral("sourceProblem"));
    m_busy->setObjectName(QStringLiteral("sourceBusy"));
    m_busy->setAccessibleName(tr("Reading the CSV file"));
    m_busy->setVisible(false);
    m_signInText->setObjectName(QStringLiteral("signInText"));
    m_signInText->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_useKey->setObjectName(QStringLiteral("useApiKey"));
    m_useKey->setAccessibleName(tr("Use an API key"));

    auto* grid = new QGridLayout;
    grid->addWidget(m_fromFile, 0, 0, 1, 2);
    grid->addWidget(m_path, 1, 0);
    grid->addWidget(m_browse, 1, 1);
    grid->addWidget(m_fromUrl, 2, 0, 1, 2);
    grid->addWidget(m_url, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    auto* signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn);
    signInRow->addWidget(m_useKey);
    signInRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_signInText);
    layout->addLayout(signInRow);

    connect(m_browse, &QPushButton::clicked, this, &PublishSourcePage::browse);
    connect(m_fromFile, &QRadioButton::toggled, this, &PublishSourcePage::updateEnabled);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_problem->setErrors({});
        emit completeChanged();
    });
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_problem->setErrors({});
        emit completeChanged();
    });
    connect(m_signIn, &QPushButton::clicked, this, [this] { publishWizard()->requestSignIn(false); });
    connect(m_useKey, &QPushButton::clicked, this, [this] { publishWizard()->requestSignIn(true); });
    updateEnabled();
}

void PublishSourcePage::initializePage()
{
    if (AccountSession* account = publishWizard()->account()) {
        connect(account, &AccountSession::stateChanged, this, &PublishSourcePage::updateSignIn,
                Qt::UniqueConnection);
        account->ensureLoaded();
    }
    updateSignIn();
}

void PublishSourcePage::updateSignIn()
{
    AccountSession* account = publishWizard() ? publishWizard()->account() : nullptr;
    // Without an account session the owner vouches for the credentials; a rejection later still offers
    // sign-in.
    const bool needed = account && !account->hasCredential();
    m_signInText->setText(
        needed ? tr("Publishing needs an account on this registry: sign in, or use an API key.")
               : (account ? account->statusText() : QString()));
    m_signInText->setAccessibleName(m_signInText->text().isEmpty() ? tr("Sign-in state")
                                                                   : m_signInText->text());
    m_signInText->setVisible(!m_signInText->text().isEmpty());
    m_signIn->setVisible(needed);
    m_useKey->setVisible(needed);
    emit completeChanged();
}

void PublishSourcePage::updateEnabled()
{
    const bool file = m_fromFile->isChecked();
    m_path->setEnabled(file);
    m_browse->setEnabled(file);
    m_url->setEnabled(!file);
    m_problem->setErrors({});
    emit completeChanged();
}

bool PublishSourcePage::isComplete() const
{
    const PublishWizard* wizard = publishWizard();
    if (!wizard)
        return false;
    if (wizard->account() && !wizard->account()->hasCredential())
        return false;
    if (m_draftJob)
        return false;
    return m_fromFile->isChecked() ? !m_path->text().trimmed().isEmpty() : !m_url->text().trimmed().isEmpty();
}

void PublishSourcePage::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a Package File"), m_path->text(),
                                     tr("DataPM package files (*.datapm.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

bool PublishSourcePage::readFile()
{
    const QString path = m_path->text().trimmed();
    const auto problem = [this](const QString& message) {
        m_problem->setErrors({{QString(), message, -1, -1}});
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(tr("The file could not be opened: %1").arg(file.errorString()));
    if (file.size() > kMaxFileBytes)
        return problem(tr("The file is too large to be a package file."));
    const QByteArray text = file.readAll();
    PublishWizard* wizard = publishWizard();
    // A file that is not JSON has nothing to edit: say where it breaks, here.
    const PackageFileCheck check =
        wizard->publishing()->checkPackageFile(text, {}, QFileInfo(path).absolutePath());
    if (!check.parsed) {
        m_problem->setErrors(check.errors);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != wizard->filePath() || text != wizard->fileText())
        wizard->setSource(text, absolute);
    return true;
}

bool PublishSourcePage::validatePage()
{
    PublishWizard* wizard = publishWizard();
    if (!wizard || !wizard->publishing())
        return false;
    if (m_fromFile->isChecked())
        return readFile();
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_problem->setErrors({{QString(), tr("Enter an http or https address."), -1, -1}});
        return false;
    }
    if (url == m_draftUrl && wizard->filePath().isEmpty() && !wizard->fileText().isEmpty())
        return true;
    startDraft(url);
    return false; // the page moves on by itself when the draft is ready
}

void PublishSourcePage::startDraft(const QUrl& url)
{
    PublishWizard* wizard = publishWizard();
    PackageFileDraftJob* job = wizard->publishing()->packageFileFromData(url, {});
    m_draftJob = job;
    m_busy->setText(tr("Reading %1…").arg(url.toDisplayString()));
    m_busy->setVisible(true);
    emit completeChanged();
    connect(job, &RegistryJob::finished, this, [this, job, url] {
        m_busy->setVisible(false);
        m_draftJob = nullptr;
        m_draftUrl = url;
        publishWizard()->setSource(job->result().text, QString());
        emit completeChanged();
        this->wizard()->next();
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_busy->setVisible(false);
        m_draftJob = nullptr;
        m_problem->setErrors({{QString(), error.userText(), -1, -1}});
        emit completeChanged();
    });
}
