#include "FolderPublisher.h"

#include "registry/RegistryBackend.h"
#include "registry/parts/FolderPublishing.h"
#include "session/AccountSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

FolderPublisher::FolderPublisher(RegistryBackend* backend, AccountSession* account, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_account(account)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_manifest(new QTreeWidget(this))
    , m_problems(new QListWidget(this))
    , m_accountLine(new QLabel(this))
    , m_private(new QCheckBox(tr("Private package (only you and your namespace see it)"), this))
    , m_resumable(new QCheckBox(tr("Resumable upload, where the registry offers one"), this))
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_outcome(new QLabel(this))
    , m_publish(new QPushButton(tr("&Publish"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("folderPublisher"));
    const QStringList names = backend && backend->folderPublishing()
                                  ? backend->folderPublishing()->manifestFileNames()
                                  : QStringList();
    //: Window title; %1 is the manifest file the folder needs, e.g. "wasmer.toml"
    setWindowTitle(tr("Publish a Folder with %1").arg(names.value(0, tr("a manifest"))));
    m_path->setAccessibleName(tr("Folder to publish"));
    //: %1 is the manifest name a folder holds ("wasmer.toml"), %2 the older one ("wapm.toml")
    m_path->setPlaceholderText(names.size() > 1 ? tr("A folder holding %1 or %2").arg(names.at(0), names.at(1))
                                                : tr("A folder holding %1").arg(names.value(0)));
    m_choose->setAccessibleName(tr("Choose the folder to publish"));
    m_manifest->setAccessibleName(tr("Manifest"));
    m_manifest->setHeaderLabels({tr("Field"), tr("Value")});
    m_manifest->setColumnWidth(0, 180);
    m_manifest->header()->setStretchLastSection(true);
    m_manifest->setAlternatingRowColors(true);
    m_manifest->setRootIsDecorated(false);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(110);
    m_accountLine->setTextFormat(Qt::PlainText);
    m_accountLine->setWordWrap(true);
    m_resumable->setChecked(true);
    m_step->setObjectName(QStringLiteral("publishStep"));
    m_step->setAccessibleName(tr("Current step"));
    m_step->setTextFormat(Qt::PlainText);
    m_progress->setAccessibleName(tr("Publish progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_outcome->setObjectName(QStringLiteral("publishOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setAccessibleName(tr("Not published yet"));

    m_stop->setAccessibleName(tr("Stop publishing"));

    auto* folderRow = new QHBoxLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_path);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_path, 1);
    folderRow->addWidget(m_choose);
    m_buttons->addButton(m_publish, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addWidget(m_manifest, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_accountLine);
    layout->addWidget(m_private);
    layout->addWidget(m_resumable);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);
    resize(640, 560);
    // Enter in the folder field checks the folder: no button takes it (publishing is a deliberate click).
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);

    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (QDir::cleanPath(m_path->text().trimmed()) != m_folder.path)
            setFolder(m_path->text().trimmed());
    });
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Folder to Publish"), m_path->text());
        if (!path.isEmpty())
            setFolder(path);
    });
    connect(m_publish, &QPushButton::clicked, this, &FolderPublisher::publish);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->stop();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_account)
        connect(m_account, &AccountSession::stateChanged, this, &FolderPublisher::updateButtons);
    fillManifest();
}

FolderPublisher::~FolderPublisher()
{
    // Closing while publishing stops the job; it finishes with what the registry holds, unseen.
    if (m_job)
        m_job->stop();
}

void FolderPublisher::setFolder(const QString& path)
{
    FolderPublishing* publishing = m_backend ? m_backend->folderPublishing() : nullptr;
    if (!publishing || path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_folder = publishing->checkFolder(path);
    fillManifest();
}

void FolderPublisher::fillManifest()
{
    m_manifest->clear();
    const auto add = [this](const QString& field, const QString& value) {
        if (!value.isEmpty())
            new QTreeWidgetItem(m_manifest, {field, value});
    };
    if (m_folder.parsed) {
        add(tr("Manifest"), m_folder.manifestFileName);
        add(tr("Name"), m_folder.id.toString());
        add(tr("Version"), m_folder.version);
        add(tr("Description"), m_folder.description);
        add(tr("Licence"), m_folder.licence);
        add(tr("README"), m_folder.readmeFile);
        add(tr("Licence file"), m_folder.licenceFile);
        for (const PackageDetails::Module& module : m_folder.modules)
            //: A module in the manifest: "python: bin/python.wasm (wasi)"
            add(tr("Module"),
                tr("%1: %2 (%3)")
                    .arg(module.name, module.source, module.abi.isEmpty() ? tr("no ABI") : module.abi));
        for (const PackageDetails::Command& command : m_folder.commands)
            add(tr("Command"), tr("%1 runs %2").arg(command.name, command.module));
        for (const PackageDetails::Dependency& dependency : m_folder.dependencies)
            add(tr("Dependency"), dependency.id.toString() + QLatin1Char(' ') + dependency.requirement);
        for (const PackageDetails::Mapping& mapping : m_folder.filesystem)
            add(tr("Folder"), tr("%1 as %2").arg(mapping.hostPath, mapping.guestPath));
    }
    m_problems->clear();
    for (const FieldError& error : std::as_const(m_folder.errors)) {
        QString line =
            error.field.isEmpty() ? error.message : error.field + QStringLiteral(": ") + error.message;
        if (error.line > 0)
            line = tr("Line %1: %2").arg(error.line).arg(line);
        auto* item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-error")), line, m_problems);
        item->setToolTip(line);
    }
    for (const QString& warning : std::as_const(m_folder.warnings))
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), warning, m_problems);
    if (m_folder.path.isEmpty())
        new QListWidgetItem(tr("Choose the folder to publish."), m_problems);
    else if (m_folder.isOk() && m_folder.warnings.isEmpty())
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-ok")), tr("No problems found."),
                            m_problems);
    updateButtons();
}

QString FolderPublisher::accountLine() const
{
    if (!m_account || !m_account->hasCredential())
        return tr("Sign in to this registry first (Account ▸ Sign In…): publishing needs your token.");
    const QString user = m_account->user().username;
    return user.isEmpty() ? tr("Publishing with your token.") : tr("Publishing as %1.").arg(user);
}

void FolderPublisher::updateButtons()
{
    const bool busy = m_job != nullptr;
    // A version just published is not offered again: the manifest needs a new version first.
    const bool published = m_result.outcome == PublishResult::Outcome::Published &&
                           m_result.package == m_folder.id && m_result.version == m_folder.version;
    const bool canPublish = m_folder.isOk() && !published && m_account && m_account->hasCredential() &&
                            m_backend && m_backend->folderPublishing();
    m_accountLine->setText(accountLine());
    m_publish->setEnabled(!busy && canPublish);
    m_publish->setToolTip(m_folder.isOk() ? accountLine() : tr("Fix the problems listed first."));
    m_stop->setEnabled(busy);
    m_stop->setVisible(busy);
    m_path->setEnabled(!busy);
    m_choose->setEnabled(!busy);
    m_private->setEnabled(!busy);
    m_resumable->setEnabled(!busy);
    m_step->setVisible(busy || !m_step->text().isEmpty());
    m_progress->setVisible(busy);
}

void FolderPublisher::publish()
{
    FolderPublishing* publishing = m_backend ? m_backend->folderPublishing() : nullptr;
    if (!publishing || !m_folder.isOk() || m_job)
        return;
    FolderPublishOptions options;
    options.isPrivate = m_private->isChecked();
    options.preferResumableUpload = m_resumable->isChecked();
    PublishJob* job = publishing->publishFolder(m_folder, options);
    m_job = job;
    m_outcome->clear();
    m_outcome->setAccessibleName(tr("Publishing"));
    m_progress->setValue(0);
    connect(job, &PublishJob::stepChanged, this, [this](PublishStep step) {
        m_step->setText(PublishJob::stepText(step));
        // Bytes are counted while packing and uploading; the other steps wait on the registry.
        const bool counted = step == PublishStep::Packing || step == PublishStep::Uploading;
        m_progress->setRange(0, counted ? 1000 : 0);
    });
    connect(job, &RegistryJob::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0 && m_progress->maximum() > 0)
            m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    });
    connect(job, &RegistryJob::finished, this, [this, job] {
        m_job = nullptr;
        onEnded(job->result());
    });
    connect(job, &RegistryJob::failed, this, [this](const Error& error) {
        m_job = nullptr;
        PublishResult abandoned;
        abandoned.error = error;
        onEnded(abandoned);
    });
    updateButtons();
}

void FolderPublisher::onEnded(const PublishResult& result)
{
    m_result = result;
    QString text;
    switch (result.outcome) {
    case PublishResult::Outcome::Published:
        text = result.interrupted
                   ? tr("%1 %2 is published (the registry confirmed it after the interruption).")
                         .arg(result.package.toString(), result.version)
                   : tr("%1 %2 is published.").arg(result.package.toString(), result.version);
        break;
    case PublishResult::Outcome::Unknown:
        text = tr("Depot could not find out whether %1 %2 was published: %3 Look at the package page before "
                  "publishing again.")
                   .arg(result.package.toString(), result.requestedVersion, result.error.userText());
        break;
    default:
        text = tr("Nothing was published: %1").arg(result.error.userText());
        if (!result.fieldErrors.isEmpty()) {
            m_folder.errors = result.fieldErrors;
            fillManifest();
        }
        break;
    }
    m_step->clear();
    m_outcome->setText(text);
    m_outcome->setAccessibleName(QString());
    updateButtons();
    emit publishEnded();
    if (result.outcome == PublishResult::Outcome::Published)
        emit openPackageRequested(result.package);
}
