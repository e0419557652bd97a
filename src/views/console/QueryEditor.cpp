#include "QueryEditor.h"

#include "GraphQlHighlighter.h"
#include "console/GraphQlLexer.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>

namespace {

constexpr int NameRole = Qt::UserRole;

} // namespace

QueryEditor::QueryEditor(QWidget* parent)
    : CodeEditor(parent)
    , m_highlighter(new GraphQlHighlighter(document()))
    , m_completer(new QCompleter(this))
    , m_candidates(new QStandardItemModel(this))
{
    m_completer->setModel(m_candidates);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionRole(NameRole);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setAccessibleName(tr("Completions"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &QueryEditor::insertCompletion);
}

bool QueryEditor::completeAtCursor()
{
    return showCompletions(true);
}

bool QueryEditor::showCompletions(bool explicitRequest)
{
    QAbstractItemView* popup = m_completer->popup();
    if (!m_source) {
        popup->hide();
        return false;
    }
    const QTextCursor cursor = textCursor();
    CompletionContext context = m_source(toPlainText(), cursor.position());
    if (context.kind == CompletionContext::Kind::None || context.candidates.isEmpty() ||
        (!explicitRequest && context.prefix.isEmpty())) {
        popup->hide();
        return false;
    }
    // A name typed out in full needs no popup (unless asked for).
    if (!explicitRequest && context.candidates.size() == 1 &&
        context.candidates.first().name == context.prefix) {
        popup->hide();
        return false;
    }
    const bool sameList = context.owner == m_context.owner && context.kind == m_context.kind &&
                          context.candidates.size() == m_candidates->rowCount();
    m_context = std::move(context);
    if (!sameList) {
        m_candidates->clear();
        for (const CompletionContext::Candidate& candidate : m_context.candidates) {
            auto* item = new QStandardItem(candidate.detail.isEmpty()
                                               ? candidate.name
                                               : tr("%1 — %2").arg(candidate.name, candidate.detail));
            item->setData(candidate.name, NameRole);
            if (!candidate.description.isEmpty())
                item->setToolTip(candidate.description);
            item->setEditable(false);
            m_candidates->appendRow(item);
        }
    }
    m_completer->setCompletionPrefix(m_context.prefix);
    if (m_completer->completionCount() == 0) {
        popup->hide();
        return false;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(qMax(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width(),
                       fontMetrics().horizontalAdvance(QLatin1Char('m')) * 24));
    m_completer->complete(rect);
    return true;
}

void QueryEditor::insertCompletion(const QString& name)
{
    // The whole word under the cursor is replaced, also the part after the cursor.
    QTextCursor cursor = textCursor();
    const QString text = toPlainText();
    qsizetype end = cursor.position();
    while (end < text.size() && GraphQlLexer::isNameContinue(text.at(end)))
        ++end;
    cursor.setPosition(int(m_context.prefixStart));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    cursor.insertText(name);
    setTextCursor(cursor);
}

void QueryEditor::keyPressEvent(QKeyEvent* event)
{
    QAbstractItemView* popup = m_completer->popup();
    if (popup->isVisible()) {
        // The completer handles these while its popup is open.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            if (!event->modifiers().testFlag(Qt::ControlModifier)) {
                event->ignore();
                return;
            }
            popup->hide(); // Ctrl+Enter runs: the popup goes
            break;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        completeAtCursor();
        return;
    }
    CodeEditor::keyPressEvent(event);
    const QString typed = event->text();
    const bool nameChar = !typed.isEmpty() && GraphQlLexer::isNameContinue(typed.back());
    const bool erased = event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete;
    if (nameChar || (erased && popup->isVisible()))
        showCompletions(false);
    else if (popup->isVisible() && !typed.isEmpty() && !event->modifiers().testFlag(Qt::ControlModifier))
        popup->hide(); // a space, a brace: the word is over
}

void QueryEditor::changeEvent(QEvent* event)
{
    CodeEditor::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->updateColours(palette());
}

void QueryEditor::focusInEvent(QFocusEvent* event)
{
    m_completer->setWidget(this);
    CodeEditor::focusInEvent(event);
}
