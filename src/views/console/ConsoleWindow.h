#pragma once

#include "console/ConsoleAnswer.h"
#include "console/ConsoleSession.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class AccountSession;
class CodeEditor;
class JsonTreeModel;
class QAction;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeView;
class QLineEdit;
class QueryEditor;
class SchemaTreeModel;

// Tools ▸ GraphQL Console: ask one registry anything, with its credential applied and never shown. The schema
// (introspection) as a tree to browse on the left; the query, with colours, completion and problems
// underlined, over its variables (JSON) in the middle; the answer as a tree and as text on the right. Run
// (Ctrl+Enter), Cancel (Escape while running), Copy as curl (Ctrl+Shift+C), History (Ctrl+H), Reload schema
// (F5). The window only shows the ConsoleSession, which does the work; its geometry is remembered.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `account` gives the credential (its HeaderProvider) and says who it is; it may be null (anonymous).
    // `historyFolder` empty: the application's data folder.
    ConsoleWindow(QNetworkAccessManager* network, const QUrl& endpoint, const QString& registryName,
                  AccountSession* account, const QString& historyFolder = {}, QWidget* parent = nullptr);
    ~ConsoleWindow() override;

    ConsoleSession* session() const { return m_session; }
    QUrl endpoint() const { return m_session->endpoint(); }
    QueryEditor* queryEditor() const { return m_query; }
    CodeEditor* variablesEditor() const { return m_variables; }
    SchemaTreeModel* schemaModel() const { return m_schemaModel; }
    JsonTreeModel* answerModel() const { return m_answerModel; }
    QTreeView* answerTree() const { return m_answerTree; }
    QPlainTextEdit* answerText() const { return m_answerText; }
    QAction* runAction() const { return m_run; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* copyCurlAction() const { return m_copyCurl; }
    // What the answer side says now (waiting, an error, the summary of an answer).
    QString answerStateText() const;
    // The curl command Copy as curl puts on the clipboard for the editors' text.
    QString curlCommand() const;

    void run();
    // Shows the problems of the editors now instead of after the typing pause.
    void checkNow();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createWidgets();
    QWidget* createSchemaPane();
    QWidget* createEditorPane();
    QWidget* createAnswerPane();
    void onSchemaStateChanged();
    void onFinished(const ConsoleAnswer& answer);
    void showAnswerMessage(const QString& text, bool isError);
    void updateActions();
    void updateCredential();
    void fillHistoryMenu();
    void copyCurl();
    void showProblem(QLabel* label, const CodeEditor* editor, const GraphQlProblems& problems);
    void onSchemaActivated(const QModelIndex& index);
    void saveSettings() const;
    void restoreSettings();

    ConsoleSession* m_session;
    QPointer<AccountSession> m_account;
    QString m_registryName;
    SchemaTreeModel* m_schemaModel;
    QSortFilterProxyModel* m_schemaFilterModel;
    JsonTreeModel* m_answerModel;

    QAction* m_run = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_copyCurl = nullptr;
    QAction* m_reloadSchema = nullptr;
    QToolButton* m_historyButton = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_editorSplitter = nullptr;
    QStackedWidget* m_schemaPages = nullptr;
    QLabel* m_schemaState = nullptr;
    QPushButton* m_schemaRetry = nullptr;
    QLineEdit* m_schemaFilter = nullptr;
    QTreeView* m_schemaTree = nullptr;
    QLabel* m_schemaDescription = nullptr;
    QueryEditor* m_query = nullptr;
    CodeEditor* m_variables = nullptr;
    QLabel* m_queryProblem = nullptr;
    QLabel* m_variablesProblem = nullptr;
    QStackedWidget* m_answerPages = nullptr;
    QLabel* m_answerMessage = nullptr;
    QPushButton* m_answerCancel = nullptr;
    QLabel* m_answerSummary = nullptr;
    QTabWidget* m_answerTabs = nullptr;
    QTreeView* m_answerTree = nullptr;
    QPlainTextEdit* m_answerText = nullptr;
    QLabel* m_credential = nullptr;
    QTimer* m_checkTimer = nullptr;
};
