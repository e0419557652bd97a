#pragma once

#include "CodeEditor.h"
#include "console/CompletionContext.h"

#include <functional>

class GraphQlHighlighter;
class QCompleter;
class QStandardItemModel;

// The console's query editor: GraphQL colours, and completion of field, argument, input field and enum value
// names at the cursor from the schema (a popup while a name is typed, or on Ctrl+Space; Enter or Tab inserts
// the choice, Escape closes it).
class QueryEditor : public CodeEditor
{
    Q_OBJECT
public:
    // What may be typed at a cursor of a text (ConsoleSession::completionAt).
    using CompletionSource = std::function<CompletionContext(const QString& text, qsizetype cursor)>;

    explicit QueryEditor(QWidget* parent = nullptr);

    void setCompletionSource(CompletionSource source) { m_source = std::move(source); }
    QCompleter* completer() const { return m_completer; }
    // Opens the popup for the cursor now (Ctrl+Space); false when nothing can be completed there.
    bool completeAtCursor();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void insertCompletion(const QString& name);
    bool showCompletions(bool explicitRequest);

    GraphQlHighlighter* m_highlighter;
    QCompleter* m_completer;
    QStandardItemModel* m_candidates;
    CompletionSource m_source;
    CompletionContext m_context; // the one the popup shows
};
