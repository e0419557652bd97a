#include "ProjectPublisher.h"

#include "FieldErrorLabel.h"
#include "ProjectContentsView.h"
#include "registry/RegistryBackend.h"
#include "registry/VersionOrder.h"
#include "registry/parts/ProjectPublishing.h"
#include "session/AccountSession.h"
#include "views/ErrorColour.h"
#include "views/NamedButton.h"
#include "views/auth/SignInDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace {

using NamedButton::makeButton;

QComboBox* makeIdBox(const QString& accessibleName, const char* objectName)
{
    auto* box = new QComboBox;
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setAccessibleName(accessibleName);
    // The editable field inside is what a screen reader lands on: it gets the name too.
    box->lineEdit()->setAccessibleName(accessibleName);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(16);
    return box;
}

} // namespace

ProjectPublisher::ProjectPublisher(RegistryBackend* backend, AccountSession* account, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_account(account)
{
    setObjectName(QStringLiteral("projectPublisher"));
    setWindowTitle(tr("Publish a New Version"));
    resize(620, 540);

    auto* intro = new QLabel(tr("Publishes what the project holds now (its components and assets) as a new "
                                "version of its package."));
    intro->setWordWrap(true);

    m_organization = makeIdBox(tr("Organization"), "organization");
    m_project = makeIdBox(tr("Project"), "project");
    m_signIn = makeButton(tr("&Sign In…"), tr("Sign in to publish"), "signIn");
    m_signIn->setVisible(false);
    auto* where = new QFormLayout;
    where->addRow(tr("&Organization:"), m_organization);
    where->addRow(tr("P&roject:"), m_project);

    m_tree = new ProjectContentsView;
    auto* contentsLabel = new QLabel(tr("&Will be packaged:"));
    contentsLabel->setBuddy(m_tree);

    m_latest = new QLabel;
    m_latest->setObjectName(QStringLiteral("latestVersion"));
    m_version = new QLineEdit;
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setAccessibleName(tr("Version"));
    m_version->setPlaceholderText(tr("major.minor.patch"));
    m_nextPatch = makeButton(QString(), tr("Next patch version"), "nextPatch");
    m_nextMinor = makeButton(QString(), tr("Next minor version"), "nextMinor");
    m_nextMajor = makeButton(QString(), tr("Next major version"), "nextMajor");
    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(m_version, 1);
    for (QPushButton* button : {m_nextPatch, m_nextMinor, m_nextMajor})
        versionRow->addWidget(button);
    m_versionProblem = new FieldErrorLabel(tr("Version"));
    m_versionProblem->setObjectName(QStringLiteral("versionProblem"));
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Release notes"));
    m_notes->setPlaceholderText(tr("What changed (optional)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    auto* versionForm = new QFormLayout;
    versionForm->addRow(tr("Latest:"), m_latest);
    // A row that is a layout gets no buddy from the form: the label is made here.
    auto* versionLabel = new QLabel(tr("&Version:"));
    versionLabel->setBuddy(m_version);
    versionForm->addRow(versionLabel, versionRow);
    versionForm->addRow(QString(), m_versionProblem);
    versionForm->addRow(tr("&Notes:"), m_notes);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_signIn);

    m_publish = makeButton(tr("&Publish"), tr("Publish the new version"), "publish");
    m_publish->setDefault(true);
    m_stop = makeButton(tr("S&top"), tr("Stop publishing"), "stop");
    m_stop->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("close"));
    m_buttons->addButton(m_publish, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_stop, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(where);
    layout->addWidget(contentsLabel);
    layout->addWidget(m_tree, 1);
    layout->addLayout(versionForm);
    layout->addLayout(statusRow);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, &ProjectPublisher::publish);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->stop();
    });
    connect(m_signIn, &QPushButton::clicked, this, &ProjectPublisher::signIn);
    connect(m_version, &QLineEdit::textChanged, this, &ProjectPublisher::checkVersion);
    for (QPushButton* button : {m_nextPatch, m_nextMinor, m_nextMajor})
        connect(button, &QPushButton::clicked, this,
                [this, button] { m_version->setText(button->property("version").toString()); });
    // Another project chosen or typed: read what it holds.
    connect(m_organization, &QComboBox::activated, this, &ProjectPublisher::loadContents);
    connect(m_project, &QComboBox::activated, this, &ProjectPublisher::loadContents);
    connect(m_organization->lineEdit(), &QLineEdit::editingFinished, this, &ProjectPublisher::loadContents);
    connect(m_project->lineEdit(), &QLineEdit::editingFinished, this, &ProjectPublisher::loadContents);
    if (m_account)
        connect(m_account, &AccountSession::signedIn, this, [this] {
            loadProjects();
            loadContents();
        });

    if (ProjectPublishing* publishing = part()) {
        if (const std::optional<PublishProject> current = publishing->currentProject()) {
            m_organization->setEditText(current->owner);
            m_project->setEditText(current->id);
        }
    }
    fillContents();
    loadProjects();
    loadContents();
    m_version->setFocus();
}

ProjectPublisher::~ProjectPublisher()
{
    if (m_job)
        m_job->cancel();
}

ProjectPublishing* ProjectPublisher::part() const
{
    return m_backend ? m_backend->projectPublishing() : nullptr;
}

PublishProject ProjectPublisher::project() const
{
    return {m_organization->currentText().trimmed(), m_project->currentText().trimmed(), {}};
}

void ProjectPublisher::loadProjects()
{
    ProjectPublishing* publishing = part();
    if (!publishing)
        return;
    PublishProjectListJob* job = publishing->projects();
    connect(job, &RegistryJob::finished, this, [this, job] { fillProjects(job->result()); });
    // Without a list the ids are typed: nothing more to say here (loadContents says what is wrong).
}

void ProjectPublisher::fillProjects(const QList<PublishProject>& projects)
{
    const PublishProject chosen = project();
    QStringList owners;
    for (const PublishProject& each : projects) {
        if (!owners.contains(each.owner))
            owners.append(each.owner);
    }
    m_organization->clear();
    m_organization->addItems(owners);
    m_organization->setEditText(chosen.owner.isEmpty() && !owners.isEmpty() ? owners.first() : chosen.owner);
    m_project->clear();
    for (const PublishProject& each : projects) {
        if (each.owner == m_organization->currentText())
            m_project->addItem(each.displayName.isEmpty() || each.displayName == each.id
                                   ? each.id
                                   : tr("%1 (%2)").arg(each.id, each.displayName),
                               each.id);
    }
    const int index = m_project->findData(chosen.id);
    if (index >= 0)
        m_project->setCurrentIndex(index);
    m_project->setEditText(chosen.id);
}

void ProjectPublisher::loadContents()
{
    ProjectPublishing* publishing = part();
    // A chosen item shows "id (name)": the id is its data.
    if (m_project->currentIndex() >= 0 &&
        m_project->currentText() == m_project->itemText(m_project->currentIndex()))
        m_project->setEditText(m_project->currentData().toString());
    const PublishProject chosen = project();
    if (!publishing || (m_loaded && chosen == m_contents.project))
        return;
    m_loaded = false;
    m_contents = {};
    m_contents.project = chosen;
    fillContents();
    const int request = ++m_contentsRequest;
    if (!chosen.isValid()) {
        showStatus(tr("Enter the organization and project to publish."), false);
        return;
    }
    showStatus(tr("Reading the project…"), false);
    ProjectContentsJob* job = publishing->contents(chosen);
    connect(job, &RegistryJob::finished, this, [this, job, request] {
        if (request != m_contentsRequest)
            return;
        m_contents = job->result();
        m_loaded = true;
        m_signIn->setVisible(false);
        showStatus({}, false);
        fillContents();
        emit contentsChanged();
    });
    connect(job, &RegistryJob::failed, this, [this, request](const Error& error) {
        if (request != m_contentsRequest)
            return;
        m_signIn->setVisible(error.isCredentialProblem() && m_account);
        showStatus(error.userText(), true);
        updateButtons();
        emit contentsChanged();
    });
}

void ProjectPublisher::fillContents()
{
    m_tree->showContents(m_loaded ? &m_contents : nullptr);
    const QString latest = m_contents.latestVersion;
    m_latest->setText(!m_loaded ? tr("–") : latest.isEmpty() ? tr("No version published yet") : latest);
    // The next versions after the latest, one click each.
    struct Next
    {
        QPushButton* button;
        QString label; // on the button, with the version
        QString name;  // for screen readers, with the version
    };
    const std::array<Next, 3> next{{{m_nextPatch, tr("Patch"), tr("Next patch version")},
                                    {m_nextMinor, tr("Minor"), tr("Next minor version")},
                                    {m_nextMajor, tr("Major"), tr("Next major version")}}};
    const QStringList versions =
        m_loaded && m_contents.nextVersions.size() == 3 ? m_contents.nextVersions : QStringList(3, QString());
    for (int i = 0; i < 3; ++i) {
        const Next& each = next[i];
        const QString& version = versions[i];
        //: "Patch 1.1.1": the next patch version, set with one click
        each.button->setText(version.isEmpty() ? each.label : tr("%1 %2").arg(each.label, version));
        //: "Next patch version: 1.1.1"
        each.button->setAccessibleName(version.isEmpty() ? each.name : tr("%1: %2").arg(each.name, version));
        each.button->setProperty("version", version);
        each.button->setEnabled(!version.isEmpty() && !isPublishing());
    }
    checkVersion();
}

void ProjectPublisher::checkVersion()
{
    const QString version = m_version->text().trimmed();
    QString problem;
    ProjectPublishing* publishing = part();
    if (version.isEmpty() || !publishing)
        problem.clear();
    else if (!publishing->isValidVersion(version))
        problem = tr("Enter the version as major.minor.patch, for example 1.2.0.");
    else if (m_loaded && m_contents.versions.contains(version))
        problem = tr("Version %1 is already published. Choose a higher version.").arg(version);
    else if (m_loaded && !m_contents.latestVersion.isEmpty() &&
             VersionOrder::compare(version, m_contents.latestVersion) <= 0)
        problem = tr("The version must be higher than the latest, %1.").arg(m_contents.latestVersion);
    m_versionOk = !version.isEmpty() && problem.isEmpty();
    m_versionProblem->setErrors(problem.isEmpty() ? QList<FieldError>{}
                                                  : QList<FieldError>{{QStringLiteral("/version"), problem}});
    updateButtons();
}

void ProjectPublisher::updateButtons()
{
    const bool busy = isPublishing();
    const bool somethingToPackage = m_loaded && !m_contents.components.isEmpty();
    m_publish->setEnabled(!busy && m_versionOk && somethingToPackage);
    m_publish->setToolTip(m_loaded && !somethingToPackage
                              ? tr("The project has no components: there is nothing to package.")
                              : QString());
    m_stop->setVisible(busy);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_organization, m_project, m_version, m_notes})
        widget->setEnabled(!busy);
}

void ProjectPublisher::publish()
{
    ProjectPublishing* publishing = part();
    if (!publishing || isPublishing() || !m_publish->isEnabled())
        return;
    m_job = publishing->publishProject(project(), m_version->text(), m_notes->toPlainText());
    connect(m_job, &PublishJob::stepChanged, this,
            [this](PublishStep step) { showStatus(PublishJob::stepText(step), false); });
    connect(m_job, &RegistryJob::finished, this, [this, job = m_job.data()] { onEnded(job->result()); });
    connect(m_job, &RegistryJob::failed, this, [this](const Error& error) {
        m_job = nullptr;
        showStatus(error.userText(), true);
        updateButtons();
    });
    updateButtons();
}

void ProjectPublisher::onEnded(const PublishResult& result)
{
    m_job = nullptr;
    m_result = result;
    updateButtons();
    emit publishEnded();
    switch (result.outcome) {
    case PublishResult::Outcome::Published:
        showStatus(tr("Version %1 is published.").arg(result.version), false);
        emit openPackageRequested(result.package);
        accept();
        return;
    case PublishResult::Outcome::Unknown:
        showStatus(tr("Publishing was interrupted and the registry could not be asked whether version %1 is "
                      "there. Look at the package list before publishing again.")
                       .arg(result.requestedVersion),
                   true);
        return;
    default:
        break;
    }
    if (result.error.field == QLatin1String("version")) {
        m_versionProblem->setErrors({{QStringLiteral("/version"), result.error.userText()}});
        m_version->setFocus();
        showStatus(tr("Nothing was published."), true);
    } else {
        showStatus(result.error.userText(), true);
    }
    // The registry may have changed since the project was read: read it again.
    m_loaded = false;
    loadContents();
}

void ProjectPublisher::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setAccessibleName(text.isEmpty() ? tr("Status") : text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, errorTextColour(palette));
    m_status->setPalette(palette);
}

void ProjectPublisher::signIn()
{
    if (!m_account)
        return;
    auto* dialog = new SignInDialog(m_account, this, SignInDialog::Mode::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
