#include "ConsoleWindow.h"

#include "QueryEditor.h"
#include "console/ConsoleVariables.h"
#include "models/JsonTreeModel.h"
#include "models/SchemaTreeModel.h"
#include "session/AccountSession.h"
#include "views/ClearButton.h"
#include "views/ErrorColour.h"
#include "views/icons/ThemedIcon.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

enum Page { MessagePage = 0, ContentPage = 1 };

// Answers smaller than this open four levels deep.
constexpr qint64 kExpandAllBytes = 64 * 1024;

// The settings group of every console window: one geometry for all of them.
const QString kSettingsGroup = QStringLiteral("console");

QLabel* makeLabel(const QString& text, const char* objectName, bool wrap = true)
{
    auto* label = new QLabel(text);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

QTreeView* makeTree(const QString& accessibleName, const char* objectName)
{
    auto* tree = new QTreeView;
    tree->setObjectName(QString::fromLatin1(objectName));
    tree->setAccessibleName(accessibleName);
    tree->setUniformRowHeights(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// A column: `title` (a label with a mnemonic for `buddy`, when given) over `widgets`; `growing` takes the
// room.
QWidget* titledColumn(const QString& title, const char* titleName, QWidget* buddy,
                      const QList<QWidget*>& widgets, QWidget* growing)
{
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    QLabel* label = makeLabel(title, titleName, false);
    if (buddy) {
        label->setTextFormat(Qt::AutoText);
        label->setBuddy(buddy);
    }
    layout->addWidget(label);
    for (QWidget* widget : widgets)
        layout->addWidget(widget, widget == growing ? 1 : 0);
    return column;
}

// `content`, and in its place until there is something to show, `message` centred with `button` below it.
QStackedWidget* withMessagePage(QLabel* message, QPushButton* button, QWidget* content)
{
    message->setAlignment(Qt::AlignCenter);
    auto* messagePage = new QWidget;
    auto* layout = new QVBoxLayout(messagePage);
    layout->addStretch();
    layout->addWidget(message);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    auto* pages = new QStackedWidget;
    pages->insertWidget(MessagePage, messagePage);
    pages->insertWidget(ContentPage, content);
    return pages;
}

// "Line 3, column 5: ..." for the first problem, and how many more there are.
QString problemLine(const QString& text, const GraphQlProblems& problems)
{
    if (problems.isEmpty())
        return {};
    const GraphQlProblem& first = problems.first();
    const QStringView before = QStringView(text).left(qMin(first.start, text.size()));
    const qsizetype line = before.count(QLatin1Char('\n')) + 1;
    const qsizetype column = before.size() - (before.lastIndexOf(QLatin1Char('\n')) + 1) + 1;
    QString sentence = ConsoleWindow::tr("Line %1, column %2: %3").arg(line).arg(column).arg(first.message);
    if (problems.size() > 1)
        sentence += QLatin1Char(' ') + ConsoleWindow::tr("(and %n more)", nullptr, int(problems.size() - 1));
    return sentence;
}

} // namespace

ConsoleWindow::ConsoleWindow(QNetworkAccessManager* network, const QUrl& endpoint,
                             const QString& registryName, AccountSession* account,
                             const QString& historyFolder, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new ConsoleSession(network, endpoint, account ? account->headerProvider() : nullptr,
                                   historyFolder, this))
    , m_account(account)
    , m_registryName(registryName)
    , m_schemaModel(new SchemaTreeModel(this))
    , m_schemaFilterModel(new QSortFilterProxyModel(this))
    , m_answerModel(new JsonTreeModel(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("consoleWindow"));
    //: Window title; %1 is the registry's name
    setWindowTitle(tr("GraphQL Console — %1").arg(registryName));
    setAttribute(Qt::WA_DeleteOnClose);
    createWidgets();
    createActions();
    restoreSettings();

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300); // a pause in typing
    connect(m_checkTimer, &QTimer::timeout, this, &ConsoleWindow::checkNow);
    connect(m_query, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_variables, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    m_query->setCompletionSource([session = m_session](const QString& text, qsizetype cursor) {
        return session->completionAt(text, cursor);
    });

    connect(m_session, &ConsoleSession::schemaStateChanged, this, &ConsoleWindow::onSchemaStateChanged);
    connect(m_session, &ConsoleSession::runStarted, this, [this] {
        showAnswerMessage(tr("Waiting for the registry…"), false);
        m_answerCancel->show();
        updateActions();
    });
    connect(m_session, &ConsoleSession::progress, this, [this](qint64 received) {
        showAnswerMessage(
            tr("Waiting for the registry… %1 received")
                .arg(QLocale().formattedDataSize(received, 1, QLocale::DataSizeTraditionalFormat)),
            false);
    });
    connect(m_session, &ConsoleSession::finished, this, &ConsoleWindow::onFinished);
    if (m_account) {
        connect(m_account, &AccountSession::stateChanged, this, &ConsoleWindow::updateCredential);
        connect(m_account, &AccountSession::credentialsChanged, this, &ConsoleWindow::updateCredential);
        connect(m_account, &AccountSession::loaded, this, [this] {
            updateCredential();
            updateActions();
        });
        m_account->ensureLoaded(); // the stored key, read before the first run
    }

    // Where the person left off: the last document run here.
    const QList<ConsoleHistory::Entry>& history = m_session->history().entries();
    if (!history.isEmpty()) {
        m_query->setPlainText(history.first().document);
        m_variables->setPlainText(history.first().variables);
    }
    showAnswerMessage(tr("Write a query and press Ctrl+Enter to run it. The answer appears here."), false);
    updateCredential();
    updateActions();
    checkNow();
    m_session->loadSchema();
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::createActions()
{
    m_run = new QAction(themedIcon(QStringLiteral("media-playback-start"), QStyle::SP_MediaPlay), tr("&Run"),
                        this);
    m_run->setObjectName(QStringLiteral("runAction"));
    m_run->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_run->setToolTip(tr("Send the query to the registry (Ctrl+Enter)"));
    connect(m_run, &QAction::triggered, this, &ConsoleWindow::run);

    m_cancel =
        new QAction(themedIcon(QStringLiteral("process-stop"), QStyle::SP_BrowserStop), tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop waiting for the answer (Escape)"));
    connect(m_cancel, &QAction::triggered, m_session, &ConsoleSession::cancel);

    m_copyCurl = new QAction(themedIcon(QStringLiteral("edit-copy"), QStyle::SP_FileDialogDetailedView),
                             tr("Copy as c&url"), this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setToolTip(tr(
        "Copy the request as a curl command, with $DEPOT_API_KEY in place of the credential (Ctrl+Shift+C)"));
    connect(m_copyCurl, &QAction::triggered, this, &ConsoleWindow::copyCurl);

    m_reloadSchema = new QAction(themedIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload),
                                 tr("Reload &Schema"), this);
    m_reloadSchema->setObjectName(QStringLiteral("reloadSchemaAction"));
    m_reloadSchema->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadSchema->setToolTip(tr("Ask the registry for its schema again (F5)"));
    connect(m_reloadSchema, &QAction::triggered, m_session, &ConsoleSession::loadSchema);

    auto* historyMenu = new QMenu(this);
    historyMenu->setAccessibleName(tr("History"));
    connect(historyMenu, &QMenu::aboutToShow, this, &ConsoleWindow::fillHistoryMenu);
    m_historyButton = new QToolButton(this);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setText(tr("&History"));
    m_historyButton->setAccessibleName(tr("History"));
    m_historyButton->setToolTip(tr("Documents run before on this registry (Ctrl+H)"));
    m_historyButton->setIcon(
        themedIcon(QStringLiteral("document-open-recent"), QStyle::SP_FileDialogListView));
    m_historyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(historyMenu);
    auto* showHistory = new QAction(this);
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(showHistory, &QAction::triggered, m_historyButton, &QToolButton::showMenu);
    addAction(showHistory);

    QToolBar* toolBar = addToolBar(tr("Console Toolbar"));
    toolBar->setObjectName(QStringLiteral("consoleToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_run, m_cancel});
    toolBar->addSeparator();
    toolBar->addAction(m_copyCurl);
    toolBar->addWidget(m_historyButton);
    toolBar->addAction(m_reloadSchema);
    // The overflow button (a narrow window) has no text of its own; screen readers need a name for it.
    if (auto* extension = toolBar->findChild<QWidget*>(QStringLiteral("qt_toolbar_ext_button")))
        extension->setAccessibleName(tr("More tools"));
    connect(m_answerCancel, &QPushButton::clicked, m_cancel, &QAction::trigger);
}

void ConsoleWindow::createWidgets()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("consoleSplitter"));
    m_splitter->setAccessibleName(tr("Schema, query and answer"));
    m_splitter->addWidget(createSchemaPane());
    m_splitter->addWidget(createEditorPane());
    m_splitter->addWidget(createAnswerPane());
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({260, 370, 370});
    setCentralWidget(m_splitter);

    m_credential = makeLabel(QString(), "credentialLabel", false);
    statusBar()->setAccessibleName(tr("Status"));
    statusBar()->addPermanentWidget(m_credential);

    setTabOrder(m_schemaFilter, m_schemaTree);
    setTabOrder(m_schemaTree, m_query);
    setTabOrder(m_query, m_variables);
    setTabOrder(m_variables, m_answerTabs);
}

QWidget* ConsoleWindow::createSchemaPane()
{
    m_schemaFilter = new QLineEdit;
    m_schemaFilter->setObjectName(QStringLiteral("schemaFilter"));
    m_schemaFilter->setAccessibleName(tr("Filter the schema"));
    m_schemaFilter->setPlaceholderText(tr("Filter types and fields"));
    addClearButton(m_schemaFilter, tr("Clear the filter"));

    m_schemaFilterModel->setSourceModel(m_schemaModel);
    m_schemaFilterModel->setRecursiveFilteringEnabled(true);
    m_schemaFilterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_schemaFilterModel->setFilterKeyColumn(SchemaTreeModel::NameColumn);
    connect(m_schemaFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_schemaFilterModel->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty() && m_schemaFilterModel->rowCount() <= 20)
            m_schemaTree->expandToDepth(0);
    });

    m_schemaTree = makeTree(tr("Schema"), "schemaTree");
    m_schemaTree->setModel(m_schemaFilterModel);
    m_schemaTree->header()->setSectionResizeMode(SchemaTreeModel::NameColumn, QHeaderView::Interactive);
    m_schemaTree->setColumnWidth(SchemaTreeModel::NameColumn, 150);
    connect(m_schemaTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QString signature = current.data(SchemaTreeModel::SignatureRole).toString();
                const QString description = current.data(SchemaTreeModel::DescriptionRole).toString();
                m_schemaDescription->setText(
                    description.isEmpty() ? signature : signature + QLatin1String("\n\n") + description);
            });
    connect(m_schemaTree, &QTreeView::activated, this, &ConsoleWindow::onSchemaActivated);

    m_schemaDescription =
        makeLabel(tr("Select a type or field to read its description. Enter inserts a field's "
                     "name into the query."),
                  "schemaDescription");
    m_schemaDescription->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schemaDescription->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_schemaDescription->setMinimumHeight(m_schemaDescription->fontMetrics().lineSpacing() * 4);
    auto* treeSplitter = new QSplitter(Qt::Vertical);
    treeSplitter->setAccessibleName(tr("Schema and description"));
    treeSplitter->addWidget(m_schemaTree);
    treeSplitter->addWidget(m_schemaDescription);
    treeSplitter->setStretchFactor(0, 1);
    treeSplitter->setChildrenCollapsible(false);

    m_schemaState = makeLabel(QString(), "schemaState");
    m_schemaRetry = new QPushButton(tr("Try &Again"));
    m_schemaRetry->setObjectName(QStringLiteral("schemaRetry"));
    m_schemaRetry->setAccessibleName(tr("Read the schema again"));
    connect(m_schemaRetry, &QPushButton::clicked, m_session, &ConsoleSession::loadSchema);
    m_schemaPages = withMessagePage(m_schemaState, m_schemaRetry, treeSplitter);
    return titledColumn(tr("S&chema"), "schemaTitle", m_schemaFilter, {m_schemaFilter, m_schemaPages},
                        m_schemaPages);
}

QWidget* ConsoleWindow::createEditorPane()
{
    m_query = new QueryEditor;
    m_query->setObjectName(QStringLiteral("queryEditor"));
    m_query->setAccessibleName(tr("Query"));
    m_query->setPlaceholderText(tr("Write a GraphQL query, for example { __typename }.\nCtrl+Space completes "
                                   "names, Ctrl+Enter runs it."));
    m_queryProblem = makeLabel(QString(), "queryProblem");
    m_variables = new CodeEditor;
    m_variables->setObjectName(QStringLiteral("variablesEditor"));
    m_variables->setAccessibleName(tr("Variables"));
    m_variables->setPlaceholderText(tr("Variables as a JSON object, for example {\"name\": \"python\"}"));
    m_variablesProblem = makeLabel(QString(), "variablesProblem");
    for (QLabel* problem : {m_queryProblem, m_variablesProblem}) {
        QPalette palette = problem->palette();
        palette.setColor(QPalette::WindowText, errorTextColour(palette));
        problem->setPalette(palette);
        problem->hide();
    }

    m_editorSplitter = new QSplitter(Qt::Vertical);
    m_editorSplitter->setObjectName(QStringLiteral("editorSplitter"));
    m_editorSplitter->setAccessibleName(tr("Query and variables"));
    m_editorSplitter->addWidget(
        titledColumn(tr("&Query"), "queryTitle", m_query, {m_query, m_queryProblem}, m_query));
    m_editorSplitter->addWidget(titledColumn(tr("&Variables (JSON)"), "variablesTitle", m_variables,
                                             {m_variables, m_variablesProblem}, m_variables));
    m_editorSplitter->setStretchFactor(0, 3);
    m_editorSplitter->setStretchFactor(1, 1);
    m_editorSplitter->setChildrenCollapsible(false);
    return m_editorSplitter;
}

QWidget* ConsoleWindow::createAnswerPane()
{
    m_answerMessage = makeLabel(QString(), "answerMessage");
    m_answerMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answerCancel = new QPushButton(tr("Cancel"));
    m_answerCancel->setObjectName(QStringLiteral("answerCancel"));
    m_answerCancel->setAccessibleName(tr("Cancel the request"));
    m_answerCancel->hide();

    m_answerTree = makeTree(tr("Answer as a tree"), "answerTree");
    m_answerTree->setModel(m_answerModel);
    m_answerTree->setColumnWidth(JsonTreeModel::KeyColumn, 160);
    m_answerText = new QPlainTextEdit;
    m_answerText->setObjectName(QStringLiteral("answerText"));
    m_answerText->setAccessibleName(tr("Answer as text"));
    m_answerText->setReadOnly(true);
    m_answerText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_answerText->setFont(m_query->font());
    m_answerTabs = new QTabWidget;
    m_answerTabs->setObjectName(QStringLiteral("answerTabs"));
    m_answerTabs->setAccessibleName(tr("Answer"));
    m_answerTabs->addTab(m_answerTree, tr("&Tree"));
    m_answerTabs->addTab(m_answerText, tr("Te&xt"));
    m_answerSummary = makeLabel(QString(), "answerSummary");
    auto* contentPage = new QWidget;
    auto* contentLayout = new QVBoxLayout(contentPage);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_answerSummary);
    contentLayout->addWidget(m_answerTabs, 1);
    m_answerPages = withMessagePage(m_answerMessage, m_answerCancel, contentPage);
    return titledColumn(tr("Answer"), "answerTitle", nullptr, {m_answerPages}, m_answerPages);
}

void ConsoleWindow::run()
{
    m_checkTimer->stop();
    checkNow();
    GraphQlProblem problem;
    if (!m_session->run(m_query->toPlainText(), m_variables->toPlainText(), m_query->textCursor().position(),
                        &problem)) {
        if (!problem.message.isEmpty()) {
            m_variables->setFocus(Qt::OtherFocusReason);
            statusBar()->showMessage(tr("Nothing was sent: the variables are not a JSON object."), 8000);
        } else {
            statusBar()->showMessage(tr("Nothing to run: write a query first."), 8000);
        }
        return;
    }
    if (!m_session->historyProblem().isEmpty())
        statusBar()->showMessage(m_session->historyProblem(), 10000);
}

void ConsoleWindow::checkNow()
{
    const QString query = m_query->toPlainText();
    const GraphQlProblems problems =
        query.trimmed().isEmpty() ? GraphQlProblems() : m_session->problems(query);
    m_query->setProblems(problems);
    showProblem(m_queryProblem, m_query, problems);
    const ConsoleVariables variables = ConsoleVariables::parse(m_variables->toPlainText());
    const GraphQlProblems variableProblems =
        variables.problem ? GraphQlProblems{*variables.problem} : GraphQlProblems();
    m_variables->setProblems(variableProblems);
    showProblem(m_variablesProblem, m_variables, variableProblems);
}

void ConsoleWindow::showProblem(QLabel* label, const CodeEditor* editor, const GraphQlProblems& problems)
{
    label->setText(problemLine(editor->toPlainText(), problems));
    label->setVisible(!problems.isEmpty());
    // A screen reader reads the sentence, or that there is none (the label stays in the tree when hidden).
    label->setAccessibleName(problems.isEmpty() ? tr("No problem in %1").arg(editor->accessibleName())
                                                : label->text());
}

void ConsoleWindow::onSchemaStateChanged()
{
    switch (m_session->schemaState()) {
    case ConsoleSession::SchemaState::NotLoaded:
    case ConsoleSession::SchemaState::Loading:
        m_schemaState->setText(tr("Reading the registry's schema…"));
        m_schemaRetry->hide();
        m_schemaPages->setCurrentIndex(MessagePage);
        break;
    case ConsoleSession::SchemaState::Failed:
        m_schemaState->setText(tr("The schema could not be read, so names are not completed or checked. %1")
                                   .arg(m_session->schemaError().userText()));
        m_schemaRetry->show();
        m_schemaPages->setCurrentIndex(MessagePage);
        break;
    case ConsoleSession::SchemaState::Loaded:
        m_schemaModel->setSchema(m_session->schema());
        m_schemaPages->setCurrentIndex(ContentPage);
        checkNow(); // what was typed meanwhile is checked against the schema now
        break;
    }
}

void ConsoleWindow::onFinished(const ConsoleAnswer& answer)
{
    m_answerCancel->hide();
    updateActions();
    statusBar()->showMessage(answer.summary(), 15000);
    if (answer.answer.isEmpty()) {
        m_answerModel->clear();
        m_answerText->clear();
        showAnswerMessage(answer.isCancelled() ? tr("Cancelled. Nothing was shown.") : answer.summary(),
                          !answer.isCancelled());
        return;
    }
    m_answerModel->setDocument(answer.answer);
    m_answerText->setPlainText(answer.text());
    // What was asked is open at once: a small answer down to its fourth level, a large one (whose rows are
    // only made when opened) down to what is under data and errors.
    if (answer.bytesReceived > 0 && answer.bytesReceived < kExpandAllBytes) {
        m_answerTree->expandToDepth(3);
    } else {
        for (int row = 0; row < m_answerModel->rowCount(); ++row)
            m_answerTree->expand(m_answerModel->index(row, 0));
    }
    // Keys as wide as they need (up to half the view), values get the rest.
    m_answerTree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    m_answerTree->setColumnWidth(
        JsonTreeModel::KeyColumn,
        qMin(m_answerTree->columnWidth(JsonTreeModel::KeyColumn), m_answerTree->viewport()->width() / 2));
    const bool problems = answer.errorCount > 0 || !answer.hasData;
    QPalette palette = m_answerSummary->palette();
    palette.setColor(QPalette::WindowText,
                     problems ? errorTextColour(palette) : QPalette().color(QPalette::WindowText));
    m_answerSummary->setPalette(palette);
    m_answerSummary->setText(answer.summary());
    m_answerPages->setCurrentIndex(ContentPage);
}

void ConsoleWindow::showAnswerMessage(const QString& text, bool isError)
{
    QPalette palette = m_answerMessage->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? errorTextColour(palette) : QPalette().color(QPalette::WindowText));
    m_answerMessage->setPalette(palette);
    m_answerMessage->setText(text);
    m_answerPages->setCurrentIndex(MessagePage);
}

QString ConsoleWindow::answerStateText() const
{
    return m_answerPages->currentIndex() == MessagePage ? m_answerMessage->text() : m_answerSummary->text();
}

void ConsoleWindow::updateActions()
{
    const bool running = m_session->isRunning();
    const bool ready = !m_account || m_account->isLoaded();
    m_run->setEnabled(!running && ready);
    m_run->setToolTip(ready ? tr("Send the query to the registry (Ctrl+Enter)")
                            : tr("Reading the stored key from the keychain…"));
    m_cancel->setEnabled(running);
}

void ConsoleWindow::updateCredential()
{
    const QByteArray header = m_session->credentialHeaderName();
    const QString who = m_account ? m_account->statusText() : tr("Not signed in");
    if (header.isEmpty())
        m_credential->setText(tr("Anonymous (%1)").arg(who));
    else
        //: %1 says whose credential ("API key of demo"), %2 is the HTTP header that carries it
        m_credential->setText(tr("%1, sent as %2 and never shown").arg(who, QString::fromLatin1(header)));
    m_credential->setAccessibleName(m_credential->text());
}

void ConsoleWindow::fillHistoryMenu()
{
    QMenu* menu = m_historyButton->menu();
    menu->clear();
    const QList<ConsoleHistory::Entry>& entries = m_session->history().entries();
    if (entries.isEmpty())
        menu->addAction(tr("Nothing run yet"))->setEnabled(false);
    const QFontMetrics metrics(menu->font());
    for (const ConsoleHistory::Entry& entry : entries.mid(0, 30)) {
        const QString firstLine = entry.document.simplified();
        //: A history entry: when it ran, and the start of the document
        const QString text =
            tr("%1 — %2").arg(QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat),
                              metrics.elidedText(firstLine, Qt::ElideRight, 360));
        QAction* action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, entry] {
            m_query->setPlainText(entry.document);
            m_variables->setPlainText(entry.variables);
            m_query->setFocus(Qt::OtherFocusReason);
        });
    }
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("Clear History"));
    clear->setEnabled(!entries.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QString why;
        if (!m_session->history().clear(&why))
            statusBar()->showMessage(why, 10000);
    });
}

QString ConsoleWindow::curlCommand() const
{
    return m_session->curlCommand(m_query->toPlainText(), m_variables->toPlainText(),
                                  m_query->textCursor().position());
}

void ConsoleWindow::copyCurl()
{
    QGuiApplication::clipboard()->setText(curlCommand());
    statusBar()->showMessage(
        m_session->credentialHeaderName().isEmpty()
            ? tr("Copied a curl command.")
            : tr("Copied a curl command. Set DEPOT_API_KEY to your key before running it."),
        10000);
}

void ConsoleWindow::onSchemaActivated(const QModelIndex& index)
{
    // Enter on a field or argument writes its name at the cursor.
    const auto kind = index.data(SchemaTreeModel::NodeKindRole).value<SchemaTreeModel::NodeKind>();
    if (kind == SchemaTreeModel::NodeKind::Type) {
        m_schemaTree->setExpanded(index, !m_schemaTree->isExpanded(index));
        return;
    }
    m_query->insertPlainText(index.sibling(index.row(), SchemaTreeModel::NameColumn).data().toString());
    m_query->setFocus(Qt::OtherFocusReason);
}

void ConsoleWindow::closeEvent(QCloseEvent* event)
{
    m_session->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void ConsoleWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("editorSplitter"), m_editorSplitter->saveState());
}

void ConsoleWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1000, 680);
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_editorSplitter->restoreState(settings.value(QStringLiteral("editorSplitter")).toByteArray());
}
