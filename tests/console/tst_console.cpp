// The GraphQL console (issue 17, acceptance 5): the hand-written lexer, parser and validator against the
// schemas the local registry really serves; completion at the cursor; the schema and answer models
// (QAbstractItemModelTester); variables, curl text and the history file; and the window with QTest input
// against the real local registry: a field name completed in the editor, a query that needs the API key kept
// in the real keychain run and its answer shown in the tree; the history file, the curl text and the log hold
// no secret.
#include "auth/CredentialStore.h"
#include "auth/RegistryCredentials.h"
#include "console/CompletionContext.h"
#include "console/ConsoleHistory.h"
#include "console/ConsoleSession.h"
#include "console/ConsoleVariables.h"
#include "console/CurlCommand.h"
#include "console/DocumentValidator.h"
#include "console/GraphQlDocument.h"
#include "graphql/Operation.h"
#include "graphql/RequestOptions.h"
#include "keys-create/KeyFlow.h"
#include "models/JsonTreeModel.h"
#include "models/SchemaTreeModel.h"
#include "registry/parts/ApiKeyManagement.h"
#include "secrets/SecretLedger.h"
#include "support/LocalRegistry.h"
#include "support/LogCapture.h"
#include "support/TestDialects.h"
#include "views/MainWindow.h"
#include "views/console/CodeEditor.h"
#include "views/console/ConsoleLauncher.h"
#include "views/console/ConsoleWindow.h"
#include "views/console/QueryEditor.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;

// A schema as the local registry serves it for `dialect`, read through the console's own introspection.
std::optional<GraphQlSchema> introspect(QNetworkAccessManager* network, const QUrl& endpoint)
{
    QTemporaryDir history;
    ConsoleSession session(network, endpoint, nullptr, history.path());
    session.loadSchema();
    if (!QTest::qWaitFor([&] { return session.schemaState() != ConsoleSession::SchemaState::Loading; },
                         kTimeoutMs) ||
        session.schemaState() != ConsoleSession::SchemaState::Loaded)
        return std::nullopt;
    return session.schema();
}

QStringList names(const CompletionContext& context)
{
    QStringList result;
    for (const CompletionContext::Candidate& candidate : context.candidates)
        result.append(candidate.name);
    return result;
}

// The text with the cursor at its '|' (removed).
CompletionContext completeAt(const QString& withCursor, const GraphQlSchema& schema)
{
    QString text = withCursor;
    const qsizetype cursor = text.indexOf(QLatin1Char('|'));
    text.remove(cursor, 1);
    return CompletionContext::at(text, cursor, schema);
}

// Every secret the suite has created, as the ledger knows them, and what `text` holds of them.
QByteArray secretIn(const QByteArray& text)
{
    for (const QByteArray& secret : SecretLedger::read()) {
        if (text.contains(secret))
            return secret.left(4) + "…";
    }
    return {};
}

// Shown and active, so that its shortcuts (Ctrl+Enter, Escape) reach it as they reach a person's window.
void showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        qWarning("the console window did not become active");
}

Credential key(const QByteArray& name, const QByteArray& value)
{
    Credential credential;
    credential.kind = Credential::Kind::ApiKey;
    credential.headerName = name;
    credential.headerValue = value;
    return credential;
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    // --- the document, without a schema
    void parsesOperationsAndFragments();
    void syntaxErrorPositions_data();
    void syntaxErrorPositions();
    void variablesAreCheckedInPlace();

    // --- against the schemas the local registry serves
    void schemaFromIntrospection();
    void schemaTreeModel();
    void validatorUnderlinesUnknownFieldsAndArguments();
    void everyOperationOfTheProjectIsValid();
    void completionAtTheCursor();

    // --- models, curl, history
    void jsonTreeModel();
    void curlTextHasThePlaceholderNeverTheSecret();
    void historyIsKeptForTheUserOnly();

    // --- the window (acceptance 5)
    void completesAFieldNameInTheEditor();
    void runsWithTheStoredKeyAndShowsTheAnswer();
    void cancelWhileRunning();
    void sameRulesAsEveryRequest();
    void schemaErrorSaysWhyAndTriesAgain();
    void toolsMenuOpensOneConsolePerRegistry();
    void smallWindowNamedControlsAndRememberedGeometry();

private:
    QString historyFolder(const QString& name) const
    {
        return SecretLedger::testHome() + QStringLiteral("/console-test/") + name;
    }

    std::unique_ptr<LocalRegistry> m_registry;
    QNetworkAccessManager m_network;
    QUrl m_dataPm;
    GraphQlSchema m_dataPmSchema;
};

void TestConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DepotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console"));
    QSettings().clear();
    QDir(SecretLedger::testHome() + QStringLiteral("/console-test")).removeRecursively();
    LocalRegistry::Options options;
    options.faults = true;
    m_registry = std::make_unique<LocalRegistry>(options);
    QString why;
    QVERIFY2(m_registry->start(&why), qPrintable(why));
    m_dataPm = m_registry->endpoint(QStringLiteral("datapm"));
    const std::optional<GraphQlSchema> schema = introspect(&m_network, m_dataPm);
    QVERIFY(schema);
    m_dataPmSchema = *schema;
}

void TestConsole::cleanupTestCase()
{
    m_registry.reset();
}

// --- the document

void TestConsole::parsesOperationsAndFragments()
{
    const QString text = QStringLiteral("query Keys($n: Int = 3) { myAPIKeys { ...K } }\n"
                                        "mutation Drop { deleteAPIKey(id: \"x\") }\n"
                                        "fragment K on APIKey { id label @include(if: true) }\n"
                                        "{ me { user { username } } }");
    const GraphQlDocument document = GraphQlDocument::parse(text);
    QVERIFY2(document.isValidSyntax(), qPrintable(document.syntaxError()->message));
    QCOMPARE(document.operations().size(), size_t(3));
    QCOMPARE(document.operations().at(0).name, QStringLiteral("Keys"));
    QCOMPARE(document.operations().at(0).variables.at(0).typeText, QStringLiteral("Int"));
    QCOMPARE(document.operations().at(1).kind, GraphQlDocument::Operation::Kind::Mutation);
    QVERIFY(document.operations().at(2).name.isEmpty());
    QVERIFY(document.fragment(QStringLiteral("K")));
    QCOMPARE(document.fragment(QStringLiteral("K"))->typeCondition, QStringLiteral("APIKey"));
    // The operation at a cursor: the one whose text holds it, else the first.
    QCOMPARE(document.operationAt(text.indexOf(QStringLiteral("deleteAPIKey")))->name,
             QStringLiteral("Drop"));
    QCOMPARE(document.operationAt(text.indexOf(QStringLiteral("fragment")))->name, QStringLiteral("Keys"));
    const GraphQlDocument::Selection& field = document.operations().at(0).selectionSet.at(0);
    QCOMPARE(field.name, QStringLiteral("myAPIKeys"));
    QCOMPARE(field.nameSpan.start, text.indexOf(QStringLiteral("myAPIKeys")));
    QCOMPARE(field.selectionSet.at(0).kind, GraphQlDocument::Selection::Kind::FragmentSpread);
}

void TestConsole::syntaxErrorPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("at");      // the text the error is at (empty: the end)
    QTest::addColumn<QString>("message"); // part of the message
    QTest::newRow("unclosed") << QStringLiteral("{ me { user ") << QString() << QStringLiteral("<EOF>");
    QTest::newRow("empty argument") << QStringLiteral("{ package(identifier: ) { packageSlug } }")
                                    << QStringLiteral(")") << QStringLiteral("Unexpected \")\"");
    QTest::newRow("bad character") << QStringLiteral("{ me { % } }") << QStringLiteral("%")
                                   << QStringLiteral("Unexpected character");
    QTest::newRow("empty selection") << QStringLiteral("query Q {\n}\n") << QStringLiteral("}")
                                     << QStringLiteral("Expected Name");
    QTest::newRow("unterminated string") << QStringLiteral("{ user(username: \"demo) { username } }")
                                         << QStringLiteral("\"demo") << QStringLiteral("Unterminated string");
    QTest::newRow("type definition") << QStringLiteral("type Foo { a: Int }") << QStringLiteral("type")
                                     << QStringLiteral("Unexpected Name \"type\"");
    QTest::newRow("nothing") << QString() << QString() << QStringLiteral("<EOF>");
}

void TestConsole::syntaxErrorPositions()
{
    QFETCH(QString, text);
    QFETCH(QString, at);
    QFETCH(QString, message);
    const GraphQlDocument document = GraphQlDocument::parse(text);
    QVERIFY(!document.isValidSyntax());
    const GraphQlProblem& problem = *document.syntaxError();
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
    QCOMPARE(problem.start, at.isEmpty() ? text.size() : text.indexOf(at));
    // The validator says the same, and only that, whatever the schema.
    const GraphQlProblems problems = DocumentValidator(m_dataPmSchema).check(text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first(), problem);
}

void TestConsole::variablesAreCheckedInPlace()
{
    QVERIFY(ConsoleVariables::parse(QString()).isValid());
    QVERIFY(ConsoleVariables::parse(QStringLiteral("  \n ")).isValid());
    const ConsoleVariables good = ConsoleVariables::parse(QStringLiteral("{\"name\": \"python\", \"n\": 2}"));
    QVERIFY(good.isValid());
    QCOMPARE(good.values.value(QLatin1String("name")).toString(), QStringLiteral("python"));

    const QString broken = QStringLiteral("{\n  \"name\": \"ü\",\n  \"n\": 2,,\n}");
    const ConsoleVariables bad = ConsoleVariables::parse(broken);
    QVERIFY(!bad.isValid());
    // On the third line, where the second comma is (counted in characters, not UTF-8 bytes).
    QVERIFY2(qAbs(bad.problem->start - broken.indexOf(QStringLiteral(",,")) - 1) <= 1,
             qPrintable(QString::number(bad.problem->start)));
    QVERIFY(bad.problem->message.contains(QStringLiteral("not valid JSON")));

    const ConsoleVariables list = ConsoleVariables::parse(QStringLiteral(" [1, 2]"));
    QVERIFY(!list.isValid());
    QCOMPARE(list.problem->start, 1);
    QVERIFY(list.problem->message.contains(QStringLiteral("JSON object")));
}

// --- schemas

void TestConsole::schemaFromIntrospection()
{
    const GraphQlSchema& schema = m_dataPmSchema;
    QCOMPARE(schema.queryTypeName(), QStringLiteral("Query"));
    QCOMPARE(schema.mutationTypeName(), QStringLiteral("Mutation"));
    // Root types first, introspection types last.
    QCOMPARE(schema.types().first().name, QStringLiteral("Query"));
    QCOMPARE(schema.types().at(1).name, QStringLiteral("Mutation"));
    QVERIFY(schema.types().last().isIntrospection());
    const GraphQlSchema::Field* keys = schema.fieldOf(QStringLiteral("Query"), QStringLiteral("myAPIKeys"));
    QVERIFY(keys);
    QCOMPARE(keys->type.text, QStringLiteral("[APIKey!]"));
    QCOMPARE(keys->type.named, QStringLiteral("APIKey"));
    const GraphQlSchema::Field* package = schema.fieldOf(QStringLiteral("Query"), QStringLiteral("package"));
    QVERIFY(package && package->argument(QStringLiteral("identifier")));
    QVERIFY(package->argument(QStringLiteral("identifier"))->isRequired());
    const GraphQlSchema::Type* input =
        schema.type(package->argument(QStringLiteral("identifier"))->type.named);
    QVERIFY(input && input->kind == GraphQlSchema::TypeKind::InputObject);
    QVERIFY(input->inputField(QStringLiteral("catalogSlug")));
    // Meta fields: __typename everywhere, __schema and __type on the query type only.
    QVERIFY(schema.fieldOf(QStringLiteral("APIKey"), QStringLiteral("__typename")));
    QVERIFY(schema.fieldOf(QStringLiteral("Query"), QStringLiteral("__schema")));
    QVERIFY(!schema.fieldOf(QStringLiteral("APIKey"), QStringLiteral("__schema")));
    QVERIFY(!schema.fieldOf(QStringLiteral("String"), QStringLiteral("__typename")));
    // Directives: at least the two every server has.
    QVERIFY(schema.directive(QStringLiteral("include")) && schema.directive(QStringLiteral("skip")));

    QString why;
    QVERIFY(!GraphQlSchema::fromIntrospection(QJsonObject{{QStringLiteral("x"), 1}}, &why));
    QVERIFY(!why.isEmpty());
}

void TestConsole::schemaTreeModel()
{
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setSchema(m_dataPmSchema);
    QCOMPARE(model.rowCount(), int(m_dataPmSchema.types().size()));
    const QModelIndex query = model.index(0, SchemaTreeModel::NameColumn);
    QCOMPARE(query.data().toString(), QStringLiteral("Query"));
    QCOMPARE(model.index(0, SchemaTreeModel::TypeColumn).data().toString(), QStringLiteral("Object"));

    // Fields under their type, with their type; arguments under their field.
    int packageRow = -1;
    int keysRow = -1;
    for (int row = 0; row < model.rowCount(query); ++row) {
        const QString name = model.index(row, 0, query).data().toString();
        if (name == QLatin1String("package"))
            packageRow = row;
        if (name == QLatin1String("myAPIKeys"))
            keysRow = row;
    }
    QVERIFY(packageRow >= 0 && keysRow >= 0);
    QCOMPARE(model.index(keysRow, SchemaTreeModel::TypeColumn, query).data().toString(),
             QStringLiteral("[APIKey!]"));
    QCOMPARE(model.index(keysRow, 0, query).data(SchemaTreeModel::NamedTypeRole).toString(),
             QStringLiteral("APIKey"));
    const QModelIndex package = model.index(packageRow, 0, query);
    QCOMPARE(model.parent(package), query);
    QCOMPARE(model.rowCount(package), 1);
    const QModelIndex identifier = model.index(0, 0, package);
    QCOMPARE(identifier.data().toString(), QStringLiteral("identifier"));
    QCOMPARE(model.index(0, SchemaTreeModel::TypeColumn, package).data().toString(),
             QStringLiteral("PackageIdentifierInput!"));
    QCOMPARE(identifier.data(SchemaTreeModel::NodeKindRole).value<SchemaTreeModel::NodeKind>(),
             SchemaTreeModel::NodeKind::Argument);
    QCOMPARE(model.parent(identifier), package);
    QCOMPARE(model.rowCount(identifier), 0);
    QVERIFY(package.data(SchemaTreeModel::SignatureRole)
                .toString()
                .startsWith(QStringLiteral("package(identifier")));

    // An input object lists its fields, an enum its values; descriptions are there for those that have one.
    const QModelIndex input = model.indexOfType(QStringLiteral("PackageIdentifierInput"));
    QVERIFY(input.isValid());
    QCOMPARE(input.sibling(input.row(), SchemaTreeModel::TypeColumn).data().toString(),
             QStringLiteral("Input object"));
    QVERIFY(model.rowCount(input) >= 2);
    QCOMPARE(model.index(0, 0, input).data(SchemaTreeModel::NodeKindRole).value<SchemaTreeModel::NodeKind>(),
             SchemaTreeModel::NodeKind::InputField);
    const QModelIndex kind = model.indexOfType(QStringLiteral("__TypeKind"));
    QVERIFY(model.rowCount(kind) >= 8);
    QVERIFY(!kind.data(SchemaTreeModel::DescriptionRole).toString().isEmpty());
    QVERIFY(!kind.data(Qt::ToolTipRole).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestConsole::validatorUnderlinesUnknownFieldsAndArguments()
{
    const DocumentValidator validator(m_dataPmSchema);
    // The one problem of `text` (a problem that says what was found instead when there is not exactly one).
    const auto only = [&](const QString& text) {
        const GraphQlProblems problems = validator.check(text);
        if (problems.size() == 1)
            return problems.first();
        QStringList messages;
        for (const GraphQlProblem& problem : problems)
            messages << problem.message;
        qWarning().noquote() << text << "->" << messages;
        return GraphQlProblem{-1, -1, messages.join(QLatin1Char('|'))};
    };

    QVERIFY(validator.check(QStringLiteral("{ me { user { username } } myAPIKeys { id label } }")).isEmpty());

    // An unknown field is underlined where it is written, whole.
    QString text = QStringLiteral("{ me { user { usrname } } }");
    GraphQlProblem problem = only(text);
    QCOMPARE(problem.start, text.indexOf(QStringLiteral("usrname")));
    QCOMPARE(problem.length, 7);
    QCOMPARE(problem.message, QStringLiteral("Cannot query field \"usrname\" on type \"User\"."));

    // The same through an alias, a fragment and an inline fragment.
    text = QStringLiteral("{ k: myAPIKeys { ...F ... on APIKey { nope } } }\nfragment F on APIKey { lable }");
    const GraphQlProblems problems = validator.check(text);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).start, text.indexOf(QStringLiteral("nope")));
    QCOMPARE(problems.at(1).start, text.indexOf(QStringLiteral("lable")));

    // Unknown arguments, and unknown fields of an input object given inline.
    text = QStringLiteral("{ user(usrname: \"demo\", username: \"demo\") { username } }");
    problem = only(text);
    QCOMPARE(problem.start, text.indexOf(QStringLiteral("usrname")));
    QVERIFY(problem.message.contains(QStringLiteral("Unknown argument \"usrname\"")));
    text = QStringLiteral(
        "{ package(identifier: {catalogSlug: \"a\", packageSlug: \"b\", pkg: 1}) { displayName } }");
    problem = only(text);
    QCOMPARE(problem.start, text.indexOf(QStringLiteral("pkg:")));

    // A required argument left out: on the field's name.
    text = QStringLiteral("{ user { username } }");
    problem = only(text);
    QCOMPARE(problem.start, text.indexOf(QStringLiteral("user")));
    QVERIFY(problem.message.contains(QStringLiteral("is required")));

    // Selections: none on a scalar, one on an object.
    problem = only(QStringLiteral("{ myAPIKeys { label { x } } }"));
    QVERIFY(problem.message.contains(QStringLiteral("must not have a selection")));
    problem = only(QStringLiteral("{ myAPIKeys }"));
    QVERIFY(problem.message.contains(QStringLiteral("must have a selection")));

    // Unknown types, fragments, directives.
    QVERIFY(only(QStringLiteral("{ ... on Nope { __typename } }"))
                .message.contains(QStringLiteral("Unknown type")));
    QVERIFY(only(QStringLiteral("{ myAPIKeys { ...Missing } }"))
                .message.contains(QStringLiteral("Unknown fragment")));
    QVERIFY(only(QStringLiteral("{ myAPIKeys @cached { id } }"))
                .message.contains(QStringLiteral("Unknown directive")));
    QVERIFY(only(QStringLiteral("query Q($x: APIKey) { myAPIKeys { id } }"))
                .message.contains(QStringLiteral("non-input")));
}

void TestConsole::everyOperationOfTheProjectIsValid()
{
    // The documents the project sends every day (resources/graphql/<kind>/, checked by check-operations
    // against the public schemas) are valid for the console's validator too: it does not cry wolf.
    int checked = 0;
    for (const QString& kind :
         {QStringLiteral("datapm"), QStringLiteral("wasmer"), QStringLiteral("metabind")}) {
        const std::optional<GraphQlSchema> schema = kind == QLatin1String("datapm")
                                                        ? m_dataPmSchema
                                                        : introspect(&m_network, m_registry->endpoint(kind));
        QVERIFY2(schema, qPrintable(kind));
        const DocumentValidator validator(*schema);
        QDirIterator files(QStringLiteral(":/graphql/") + kind);
        while (files.hasNext()) {
            const QString name = QFileInfo(files.next()).completeBaseName();
            const std::optional<QString> document = Operation::load(kind, name);
            QVERIFY(document);
            const GraphQlDocument parsed = GraphQlDocument::parse(*document);
            QVERIFY2(parsed.isValidSyntax(), qPrintable(kind + QLatin1Char('/') + name));
            if (parsed.operations().empty())
                continue; // a fragment file
            const GraphQlProblems problems = validator.check(parsed);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("%1/%2: %3").arg(kind, name, problems.value(0).message)));
            ++checked;
        }
    }
    QVERIFY(checked >= 30);
    // And the console's own introspection document, against each of them.
    const std::optional<QString> introspection =
        Operation::load(QStringLiteral("introspection"), QStringLiteral("Introspection"));
    QVERIFY(introspection);
    QVERIFY(DocumentValidator(m_dataPmSchema).check(*introspection).isEmpty());
}

void TestConsole::completionAtTheCursor()
{
    const GraphQlSchema& schema = m_dataPmSchema;
    // The root fields, with the word typed so far.
    CompletionContext context = completeAt(QStringLiteral("{ my|"), schema);
    QCOMPARE(context.kind, CompletionContext::Kind::Field);
    QCOMPARE(context.owner, QStringLiteral("Query"));
    QCOMPARE(context.prefix, QStringLiteral("my"));
    QCOMPARE(context.prefixStart, 2);
    QVERIFY(names(context).contains(QStringLiteral("myAPIKeys")));
    QVERIFY(names(context).contains(QStringLiteral("__schema")));

    // The enclosing selection set's type, however deep, through aliases and fragments.
    QCOMPARE(completeAt(QStringLiteral("query { me { user { | } } }"), schema).owner, QStringLiteral("User"));
    QVERIFY(names(completeAt(QStringLiteral("{ me { user { | } } }"), schema))
                .contains(QStringLiteral("username")));
    QCOMPARE(completeAt(QStringLiteral("{ who: me { |"), schema).owner, QStringLiteral("CurrentUser"));
    QCOMPARE(completeAt(QStringLiteral("{ me { user { username } } myAPIKeys { | } }"), schema).owner,
             QStringLiteral("APIKey"));
    QCOMPARE(completeAt(QStringLiteral("fragment F on Package { | }"), schema).owner,
             QStringLiteral("Package"));
    QCOMPARE(completeAt(QStringLiteral("{ myAPIKeys { ... on APIKey { | } } }"), schema).owner,
             QStringLiteral("APIKey"));
    QCOMPARE(completeAt(QStringLiteral("mutation { | }"), schema).owner, QStringLiteral("Mutation"));
    QCOMPARE(completeAt(QStringLiteral("{ k: |"), schema).owner, QStringLiteral("Query"));

    // Arguments of the field, without those already given; fields of an input object; enum values.
    context = completeAt(QStringLiteral("{ package(|) { packageSlug } }"), schema);
    QCOMPARE(context.kind, CompletionContext::Kind::Argument);
    QCOMPARE(context.owner, QStringLiteral("Query.package"));
    QCOMPARE(names(context), QStringList{QStringLiteral("identifier")});
    context = completeAt(
        QStringLiteral("{ package(identifier: {catalogSlug: \"demo\", |}) { packageSlug } }"), schema);
    QCOMPARE(context.kind, CompletionContext::Kind::InputField);
    QVERIFY(names(context).contains(QStringLiteral("packageSlug")));
    QVERIFY(!names(context).contains(QStringLiteral("catalogSlug")));
    context = completeAt(QStringLiteral("mutation { createAPIKey(value: {label: \"x\", scopes: [|"), schema);
    QCOMPARE(context.kind, CompletionContext::Kind::EnumValue);
    QVERIFY(names(context).contains(QStringLiteral("MANAGE_API_KEYS")));

    // Nothing in comments, strings, after '$', or where only a fragment name can go.
    for (const char* nothing : {"# { my|", "{ user(username: \"de|",
                                "query Q($x: Int) { package(identifier: $|", "{ myAPIKeys { ...|"}) {
        QCOMPARE(completeAt(QString::fromLatin1(nothing), schema).kind, CompletionContext::Kind::None);
    }
    // Without a schema, nothing to offer (and no crash).
    QVERIFY(completeAt(QStringLiteral("{ |"), GraphQlSchema()).candidates.isEmpty());
}

// --- models, curl, history

void TestConsole::jsonTreeModel()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isEmpty());
    const QJsonObject answer{
        {QStringLiteral("errors"),
         QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("Oops")}}}},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("myAPIKeys"),
                      QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("laptop")},
                                             {QStringLiteral("n"), 12}},
                                 QJsonValue::Null}},
                     {QStringLiteral("flag"), true}}}};
    model.setDocument(answer);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("data")); // data first, then errors
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("errors"));
    const QModelIndex label = model.indexOfPath(QStringLiteral("data.myAPIKeys[0].label"));
    QVERIFY(label.isValid());
    QCOMPARE(label.sibling(label.row(), JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("\"laptop\""));
    QCOMPARE(label.data(JsonTreeModel::PathRole).toString(), QStringLiteral("data.myAPIKeys[0].label"));
    QCOMPARE(label.data(JsonTreeModel::ScalarRole).toString(), QStringLiteral("laptop"));
    const QModelIndex list = model.indexOfPath(QStringLiteral("data.myAPIKeys"));
    QCOMPARE(model.rowCount(list), 2);
    QVERIFY(list.sibling(list.row(), 1).data().toString().contains(QStringLiteral("2")));
    const auto valueAt = [&](const char* path) {
        const QModelIndex key = model.indexOfPath(QLatin1String(path));
        return key.sibling(key.row(), JsonTreeModel::ValueColumn).data().toString();
    };
    QCOMPARE(valueAt("data.myAPIKeys[1]"), QStringLiteral("null"));
    QCOMPARE(valueAt("data.myAPIKeys[0].n"), QStringLiteral("12"));
    QCOMPARE(valueAt("data.flag"), QStringLiteral("true"));
    QVERIFY(!model.indexOfPath(QStringLiteral("data.nothing")).isValid());
    model.clear();
    QVERIFY(model.isEmpty());
}

void TestConsole::curlTextHasThePlaceholderNeverTheSecret()
{
    const QUrl endpoint(QStringLiteral("https://registry.example.com/graphql"));
    RegistryCredentials credentials(endpoint);
    const QByteArray secret = QByteArray("key-id.secret-value-0123456789").toBase64();
    QVERIFY(credentials.setApiKey(key("X-API-Key", secret)));
    const QString document = QStringLiteral("query Keys { myAPIKeys { label } } # it's mine");
    const QString curl =
        CurlCommand::make(endpoint, document, QJsonObject{{QStringLiteral("n"), 1}}, QStringLiteral("Keys"),
                          credentials.placeholdersFor(endpoint, CurlCommand::kPlaceholder));
    QVERIFY2(curl.contains(QStringLiteral("-H \"X-API-Key: $DEPOT_API_KEY\"")), qPrintable(curl));
    QVERIFY(curl.startsWith(QStringLiteral("curl 'https://registry.example.com/graphql'")));
    QVERIFY(curl.contains(QStringLiteral("\"operationName\":\"Keys\"")));
    QVERIFY(curl.contains(QStringLiteral("it'\\''s mine"))); // the quote survives the shell
    QVERIFY(!curl.toUtf8().contains(secret));
    QVERIFY(!curl.toUtf8().contains("secret-value-0123456789"));

    // A session token keeps its scheme; another origin gets no header at all.
    Credential token;
    token.kind = Credential::Kind::SessionToken;
    token.headerName = "Authorization";
    token.headerValue = "Bearer jwt-value-0123456789";
    QVERIFY(credentials.setSessionToken(token));
    const HeaderProvider::Headers shown = credentials.placeholdersFor(endpoint, CurlCommand::kPlaceholder);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().second, QByteArray("Bearer $DEPOT_API_KEY"));
    QVERIFY(
        credentials.placeholdersFor(QUrl(QStringLiteral("https://other.example/graphql")), "$X").isEmpty());

    // What a person might paste of the key is recognised in text, not ordinary words.
    credentials.clearSessionToken();
    QVERIFY(
        credentials.occursIn(endpoint, QStringLiteral("{\"k\": \"%1\"}").arg(QString::fromLatin1(secret))));
    QVERIFY(credentials.occursIn(endpoint, QStringLiteral("secret-value-0123456789")));
    QVERIFY(!credentials.occursIn(endpoint, QStringLiteral("{ myAPIKeys { label } }")));
}

void TestConsole::historyIsKeptForTheUserOnly()
{
    const QString folder = historyFolder(QStringLiteral("unit"));
    ConsoleHistory history(m_dataPm, folder);
    QVERIFY(history.entries().isEmpty());
    const QDateTime when = QDateTime::currentDateTimeUtc();
    QVERIFY(history.add({when, QStringLiteral("{ a }"), QString()}));
    QVERIFY(history.add({when.addSecs(1), QStringLiteral("{ b }"), QStringLiteral("{\"x\": 1}")}));
    QVERIFY(history.add({when.addSecs(2), QStringLiteral("{ a }"), QString()})); // again: moves up
    QCOMPARE(history.entries().size(), 2);
    QCOMPARE(history.entries().first().document, QStringLiteral("{ a }"));

    // On disk, under a name that does not say the address, for the user only; read again by a new instance.
    const QFileInfo file(history.filePath());
    QVERIFY(file.exists());
    QVERIFY(file.absoluteFilePath().startsWith(folder));
    QVERIFY(!file.fileName().contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QFileInfo dir(file.absolutePath());
    QCOMPARE(dir.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    ConsoleHistory again(m_dataPm, folder);
    QCOMPARE(again.entries().size(), 2);
    QCOMPARE(again.entries().at(1).variables, QStringLiteral("{\"x\": 1}"));
    QCOMPARE(again.entries().at(1).time.toSecsSinceEpoch(), when.addSecs(1).toSecsSinceEpoch());
    // Another registry has its own.
    QVERIFY(ConsoleHistory(m_registry->endpoint(QStringLiteral("wasmer")), folder).entries().isEmpty());

    // A bounded list.
    for (int i = 0; i < ConsoleHistory::kMaxEntries + 5; ++i)
        QVERIFY(again.add({when, QStringLiteral("{ n%1 }").arg(i), QString()}));
    QCOMPARE(ConsoleHistory(m_dataPm, folder).entries().size(), ConsoleHistory::kMaxEntries);
    QVERIFY(again.clear());
    QVERIFY(ConsoleHistory(m_dataPm, folder).entries().isEmpty());
}

// --- the window

void TestConsole::completesAFieldNameInTheEditor()
{
    ConsoleWindow window(&m_network, m_dataPm, QStringLiteral("Local DataPM"), nullptr,
                         historyFolder(QStringLiteral("complete")));
    showActive(window);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->schemaState(), ConsoleSession::SchemaState::Loaded,
                              kTimeoutMs);
    QVERIFY(window.schemaModel()->rowCount() > 10);

    QueryEditor* editor = window.queryEditor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("{ myAP"));
    QAbstractItemView* popup = editor->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(editor->completer()->completionCount(), 1);
    QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("myAPIKeys"));
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(editor->toPlainText(), QStringLiteral("{ myAPIKeys"));

    // Inside the new selection set, the fields of APIKey; Ctrl+Space asks without typing.
    QTest::keyClicks(editor, QStringLiteral(" { "));
    QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(popup->isVisible());
    QStringList offered;
    for (int row = 0; row < editor->completer()->completionCount(); ++row) {
        editor->completer()->setCurrentRow(row);
        offered << editor->completer()->currentCompletion();
    }
    QVERIFY2(offered.contains(QStringLiteral("label")), qPrintable(offered.join(QLatin1Char(' '))));
    QVERIFY(!offered.contains(QStringLiteral("myAPIKeys")));
    QTest::keyClicks(popup, QStringLiteral("lab"));
    QTRY_COMPARE(editor->completer()->currentCompletion(), QStringLiteral("label"));
    QTest::keyClick(popup, Qt::Key_Tab);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(editor->toPlainText(), QStringLiteral("{ myAPIKeys { label"));

    // A misspelt field is underlined and said below the editor once the typing pauses.
    editor->setPlainText(QStringLiteral("{ myAPIKeys { lable } }"));
    window.checkNow();
    QCOMPARE(editor->problems().size(), 1);
    QCOMPARE(editor->problems().first().start, 14);
    QCOMPARE(editor->extraSelections().size(), 1);
    QCOMPARE(editor->extraSelections().first().cursor.selectedText(), QStringLiteral("lable"));
    auto* problem = window.findChild<QLabel*>(QStringLiteral("queryProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Line 1, column 15")), qPrintable(problem->text()));
    editor->setPlainText(QStringLiteral("{ myAPIKeys { label } }"));
    QTRY_VERIFY(!problem->isVisible());
    QVERIFY(editor->extraSelections().isEmpty());
}

void TestConsole::runsWithTheStoredKeyAndShowsTheAnswer()
{
    // Every layer logs what it does meanwhile: no line may hold the key.
    QLoggingCategory::setFilterRules(QStringLiteral("depot.*=true"));
    LogCapture log;
    // A real key: made through the registry by the demo user, kept in the real keychain of the test session.
    CredentialStore store;
    KeyFlow::configure(store);
    const QString label = QStringLiteral("console-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        AccountSession maker(m_dataPm, &store);
        QVERIFY(KeyFlow::load(maker));
        const std::unique_ptr<RegistryBackend> backend =
            makeBackend(TestDialects::dataPm(), m_dataPm, &m_network, maker.headerProvider());
        maker.setBackend(backend.get());
        QVERIFY(KeyFlow::signIn(maker, QStringLiteral("demo"), QStringLiteral("demo-password-1")));
        const auto created = KeyFlow::await(backend->apiKeys()->createKey(label));
        QVERIFY2(created.ok, qPrintable(created.error.message));
        QVERIFY(SecretLedger::recordDataPmKey(created.value.displaySecret));
        QSignalSpy stored(&maker, &AccountSession::keyStored);
        maker.storeKey(created.value.credential);
        QVERIFY(stored.wait(kTimeoutMs));
        maker.signOut();
    }

    // Anonymous, the same query is refused: the answer depends on the key.
    const QString query = QStringLiteral("query Keys {\n  myAPIKeys {\n    label\n  }\n}\n");
    {
        ConsoleWindow anonymous(&m_network, m_dataPm, QStringLiteral("Local DataPM"), nullptr,
                                historyFolder(QStringLiteral("anonymous")));
        anonymous.queryEditor()->setPlainText(query);
        anonymous.run();
        QTRY_VERIFY_WITH_TIMEOUT(!anonymous.session()->isRunning(), kTimeoutMs);
        QVERIFY2(anonymous.answerStateText().contains(QStringLiteral("error")) ||
                     anonymous.answerStateText().contains(QStringLiteral("sign")),
                 qPrintable(anonymous.answerStateText()));
        QVERIFY(!anonymous.answerModel()->indexOfPath(QStringLiteral("data.myAPIKeys[0]")).isValid());
    }

    // A new account session finds the key in the keychain, as Depot does at its next start.
    AccountSession account(m_dataPm, &store);
    const QString history = historyFolder(QStringLiteral("keyed"));
    ConsoleWindow window(&m_network, m_dataPm, QStringLiteral("Local DataPM"), &account, history);
    showActive(window);
    QTRY_VERIFY_WITH_TIMEOUT(account.isLoaded(), kTimeoutMs);
    QVERIFY2(account.hasStoredKey(), qPrintable(account.keychainProblem()));
    QTRY_VERIFY(window.runAction()->isEnabled());
    QCOMPARE(window.session()->credentialHeaderName(), QByteArray("X-API-Key"));
    auto* credential = window.findChild<QLabel*>(QStringLiteral("credentialLabel"));
    QVERIFY2(credential->text().contains(QStringLiteral("X-API-Key")), qPrintable(credential->text()));

    QVERIFY(m_registry->clearRequestLog());
    window.queryEditor()->setPlainText(query);
    window.queryEditor()->setFocus();
    QTest::keyClick(window.queryEditor(), Qt::Key_Return, Qt::ControlModifier); // Run
    QVERIFY(window.session()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isRunning(), kTimeoutMs);

    // The answer in the tree (expanded down to the keys) and as text.
    QVERIFY2(window.answerTree()->isVisible(), qPrintable(window.answerStateText()));
    const QModelIndex keys = window.answerModel()->indexOfPath(QStringLiteral("data.myAPIKeys"));
    QVERIFY2(keys.isValid(), qPrintable(window.answerText()->toPlainText()));
    QVERIFY(window.answerTree()->isExpanded(keys));
    bool found = false;
    for (int row = 0; row < window.answerModel()->rowCount(keys); ++row) {
        const QModelIndex value =
            window.answerModel()->indexOfPath(QStringLiteral("data.myAPIKeys[%1].label").arg(row));
        found = found || value.data(JsonTreeModel::ScalarRole).toString() == label;
    }
    QVERIFY2(found, qPrintable(window.answerText()->toPlainText()));
    QVERIFY(window.answerText()->toPlainText().contains(label));
    QVERIFY(window.answerStateText().startsWith(QStringLiteral("Answered")));
    // Sent with the key, as one request carrying exactly that credential.
    const QJsonArray requests = m_registry->requestLog();
    QCOMPARE(requests.size(), 1);
    const QJsonObject headers = requests.first().toObject().value(QLatin1String("headers")).toObject();
    QVERIFY(headers.contains(QLatin1String("x-api-key")));
    QVERIFY(!headers.contains(QLatin1String("authorization")));
    QCOMPARE(requests.first().toObject().value(QLatin1String("operationName")).toString(),
             QStringLiteral("Keys"));

    // Copy as curl: the header by name, the secret nowhere.
    QTest::keyClick(window.queryEditor(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.contains(QStringLiteral("X-API-Key: $DEPOT_API_KEY")), qPrintable(curl));
    QVERIFY2(secretIn(curl.toUtf8()).isEmpty(), secretIn(curl.toUtf8()).constData());
    QCOMPARE(curl, window.curlCommand());

    // A key pasted into the variables is sent but never kept: the history refuses the whole entry.
    const QByteArray wireForm = account.headerProvider()->headersFor(m_dataPm).value(0).second;
    QVERIFY(!wireForm.isEmpty());
    window.variablesEditor()->setPlainText(
        QStringLiteral("{\"pasted\": \"%1\"}").arg(QString::fromLatin1(wireForm)));
    window.run();
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isRunning(), kTimeoutMs);
    QVERIFY(window.session()->historyProblem().contains(QStringLiteral("credential")));

    // The history file has the document, and no secret of the suite.
    QFile file(window.session()->history().filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray kept = file.readAll();
    QVERIFY(kept.contains("myAPIKeys"));
    QVERIFY2(secretIn(kept).isEmpty(), secretIn(kept).constData());
    QCOMPARE(ConsoleHistory(m_dataPm, history).entries().size(), 1);
    // Nor any line Depot logged meanwhile, nor what the window shows.
    for (const QByteArray& line : log.lines())
        QVERIFY2(secretIn(line).isEmpty(), line.constData());
    QVERIFY(log.anyFrom("depot.network"));
    QLoggingCategory::setFilterRules(QString());
    for (const QLabel* text : window.findChildren<QLabel*>())
        QVERIFY(secretIn(text->text().toUtf8()).isEmpty());
    QVERIFY(secretIn(window.windowTitle().toUtf8()).isEmpty());
}

void TestConsole::cancelWhileRunning()
{
    ConsoleWindow window(&m_network, m_dataPm, QStringLiteral("Local DataPM"), nullptr,
                         historyFolder(QStringLiteral("cancel")));
    showActive(window);
    QVERIFY(m_registry->armFault(QJsonObject{{QStringLiteral("match"), QStringLiteral("Slow")},
                                             {QStringLiteral("kind"), QStringLiteral("delay")},
                                             {QStringLiteral("ms"), 20000}}));
    window.queryEditor()->setPlainText(QStringLiteral("query Slow { registryStatus { status } }"));
    window.run();
    QVERIFY(window.session()->isRunning());
    QVERIFY(window.cancelAction()->isEnabled());
    QVERIFY(!window.runAction()->isEnabled());
    QVERIFY(window.answerStateText().contains(QStringLiteral("Waiting")));
    QTest::qWait(200);
    QTest::keyClick(window.queryEditor(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isRunning(), 2000);
    QVERIFY2(window.answerStateText().contains(QStringLiteral("Cancelled")),
             qPrintable(window.answerStateText()));
    QVERIFY(window.runAction()->isEnabled());
    QVERIFY(!window.cancelAction()->isEnabled());
    m_registry->clearFaults();

    // An error answer is shown whole: errors[] in the tree beside data.
    window.queryEditor()->setPlainText(QStringLiteral("{ registryStatus { status } nope }"));
    window.run();
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isRunning(), kTimeoutMs);
    QVERIFY(window.answerModel()->indexOfPath(QStringLiteral("errors[0].message")).isValid());
    QVERIFY2(window.answerStateText().contains(QStringLiteral("error")),
             qPrintable(window.answerStateText()));
}

void TestConsole::sameRulesAsEveryRequest()
{
    // The size cap: an answer larger than the limit is cut off and said so, with nothing half shown.
    ConsoleWindow window(&m_network, m_dataPm, QStringLiteral("Local DataPM"), nullptr,
                         historyFolder(QStringLiteral("rules")));
    RequestOptions small;
    small.maxAnswerBytes = 2000;
    window.session()->setRequestOptions(small);
    window.queryEditor()->setPlainText(QStringLiteral("{ __schema { types { name fields { name } } } }"));
    QSignalSpy finished(window.session(), &ConsoleSession::finished);
    window.run();
    QVERIFY(finished.wait(kTimeoutMs));
    ConsoleAnswer answer = finished.first().first().value<ConsoleAnswer>();
    QCOMPARE(answer.error.reason, Error::Reason::TooLarge);
    QVERIFY(answer.answer.isEmpty());
    QCOMPARE(window.answerStateText(), answer.error.userText());
    QCOMPARE(window.answerModel()->rowCount(), 0);

    // A credential never goes over plain HTTP to another machine: nothing is sent.
    const QUrl insecure(QStringLiteral("http://registry.example.com/graphql"));
    auto credentials = std::make_shared<RegistryCredentials>(insecure);
    QVERIFY(credentials->setApiKey(key("X-API-Key", "insecure-key-0123456789")));
    ConsoleSession session(&m_network, insecure, credentials, historyFolder(QStringLiteral("rules")));
    QSignalSpy refused(&session, &ConsoleSession::finished);
    QVERIFY(session.run(QStringLiteral("{ me { isAdmin } }"), QString()));
    QVERIFY(refused.wait(kTimeoutMs));
    answer = refused.first().first().value<ConsoleAnswer>();
    QCOMPARE(answer.error.reason, Error::Reason::Insecure);
    QCOMPARE(answer.httpStatus, 0);
    // Invalid variables or a blank document: nothing is sent either, and the place is said.
    GraphQlProblem problem;
    QVERIFY(!session.run(QStringLiteral("{ me { isAdmin } }"), QStringLiteral("{\"a\": }"), 0, &problem));
    QCOMPARE(problem.start, 6);
    QVERIFY(!session.run(QStringLiteral("  "), QString()));
    QVERIFY(!session.isRunning());
}

void TestConsole::schemaErrorSaysWhyAndTriesAgain()
{
    QVERIFY(m_registry->armFault(
        QJsonObject{{QStringLiteral("match"), QStringLiteral("Introspection")},
                    {QStringLiteral("kind"), QStringLiteral("graphqlError")},
                    {QStringLiteral("status"), 400},
                    {QStringLiteral("code"), QStringLiteral("GRAPHQL_VALIDATION_FAILED")},
                    {QStringLiteral("message"), QStringLiteral("GraphQL introspection is not allowed")}}));
    ConsoleWindow window(&m_network, m_dataPm, QStringLiteral("Local DataPM"), nullptr,
                         historyFolder(QStringLiteral("schema")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->schemaState(), ConsoleSession::SchemaState::Failed,
                              kTimeoutMs);
    auto* state = window.findChild<QLabel*>(QStringLiteral("schemaState"));
    auto* retry = window.findChild<QPushButton*>(QStringLiteral("schemaRetry"));
    QVERIFY(state->isVisible() && retry->isVisible());
    QVERIFY2(state->text().contains(QStringLiteral("could not be read")), qPrintable(state->text()));
    // Without a schema the editor still says what it can: syntax errors.
    window.queryEditor()->setPlainText(QStringLiteral("{ me { "));
    window.checkNow();
    QCOMPARE(window.queryEditor()->problems().size(), 1);
    window.queryEditor()->setPlainText(QStringLiteral("{ mee { x } }"));
    window.checkNow();
    QVERIFY(window.queryEditor()->problems().isEmpty());

    m_registry->clearFaults();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->schemaState(), ConsoleSession::SchemaState::Loaded,
                              kTimeoutMs);
    QTRY_VERIFY(window.findChild<QTreeView*>(QStringLiteral("schemaTree"))->isVisible());
    // With it, the unknown field is underlined at once.
    QCOMPARE(window.queryEditor()->problems().size(), 1);
}

void TestConsole::toolsMenuOpensOneConsolePerRegistry()
{
    MainWindow::Options options;
    options.registryUrl = m_dataPm;
    MainWindow main(options);
    main.show();
    main.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    auto* action = main.findChild<QAction*>(QStringLiteral("graphQlConsoleAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    QTRY_VERIFY(action->isEnabled());
    const QList<QAction*> menus = main.menuBar()->actions();
    const auto tools = std::find_if(menus.cbegin(), menus.cend(), [](const QAction* menu) {
        return menu->text() == QStringLiteral("&Tools");
    });
    QVERIFY(tools != menus.cend());
    QVERIFY((*tools)->menu()->actions().contains(action));

    QTest::keyClick(&main, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    auto* launcher = main.findChild<ConsoleLauncher*>();
    QVERIFY(launcher);
    QPointer<ConsoleWindow> console = launcher->windowFor(m_dataPm);
    QVERIFY(console);
    QVERIFY(QTest::qWaitForWindowExposed(console));
    QVERIFY(console->windowTitle().contains(QStringLiteral("GraphQL Console")));
    QCOMPARE(console->endpoint(), m_dataPm);
    action->trigger(); // the same registry: the same window
    QCOMPARE(launcher->windowFor(m_dataPm), console.data());
    int consoles = 0;
    for (QWidget* widget : QApplication::topLevelWidgets())
        consoles += qobject_cast<ConsoleWindow*>(widget) && widget->isVisible() ? 1 : 0;
    QCOMPARE(consoles, 1);
    QTRY_COMPARE_WITH_TIMEOUT(console->session()->schemaState(), ConsoleSession::SchemaState::Loaded,
                              kTimeoutMs);
    main.close(); // the consoles go with the main window
    QTRY_VERIFY(!console);
}

void TestConsole::smallWindowNamedControlsAndRememberedGeometry()
{
    QSettings().remove(QStringLiteral("console"));
    auto* window = new ConsoleWindow(&m_network, m_dataPm, QStringLiteral("Local DataPM"), nullptr,
                                     historyFolder(QStringLiteral("small")));
    window->resize(800, 600);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->schemaState(), ConsoleSession::SchemaState::Loaded,
                              kTimeoutMs);
    QCOMPARE(window->size(), QSize(800, 600));
    // At 800×600 every part has room: the schema, the two editors, the answer.
    for (const char* name :
         {"schemaTree", "queryEditor", "variablesEditor", "answerMessage", "schemaFilter"}) {
        auto* widget = window->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget && widget->isVisible(), name);
        QVERIFY2(widget->width() >= 150 && widget->height() >= 20, qPrintable(QStringLiteral("%1: %2×%3")
                                                                                  .arg(QLatin1String(name))
                                                                                  .arg(widget->width())
                                                                                  .arg(widget->height())));
    }
    // Every control a person can reach has a name a screen reader says.
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(
            !accessible->text(QAccessible::Name).isEmpty(),
            qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                           .arg(widget->objectName(), QLatin1String(widget->metaObject()->className()))));
    }
    // The geometry comes back in the next window.
    window->resize(900, 640);
    QTRY_COMPARE(window->size(), QSize(900, 640));
    QPointer<ConsoleWindow> closing = window;
    window->close(); // deletes itself
    QTRY_VERIFY(!closing);
    ConsoleWindow next(&m_network, m_dataPm, QStringLiteral("Local DataPM"), nullptr,
                       historyFolder(QStringLiteral("small")));
    QCOMPARE(next.size(), QSize(900, 640));
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
