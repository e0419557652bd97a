#include "CodeEditor.h"

#include "views/CodeFont.h"
#include "views/ErrorColour.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QTextBlock>
#include <QToolTip>

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setFont(codeFont());
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    setTabChangesFocus(false);
}

void CodeEditor::setProblems(const GraphQlProblems& problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    applyProblems();
}

const GraphQlProblem* CodeEditor::problemAt(qsizetype offset) const
{
    for (const GraphQlProblem& problem : m_problems) {
        // An empty span (the end of the text) covers the character before it.
        const qsizetype start = problem.length > 0 ? problem.start : qMax(qsizetype(0), problem.start - 1);
        const qsizetype end = problem.length > 0 ? problem.start + problem.length : problem.start + 1;
        if (offset >= start && offset < end)
            return &problem;
    }
    return nullptr;
}

void CodeEditor::applyProblems()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat underline;
    underline.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    underline.setUnderlineColor(errorTextColour(palette()));
    const qsizetype size = document()->characterCount() - 1; // without the final paragraph separator
    for (const GraphQlProblem& problem : m_problems) {
        qsizetype start = qBound(qsizetype(0), problem.start, size);
        qsizetype end = qBound(start, problem.start + problem.length, size);
        if (start == end) { // an empty span: the character at it, or before it at the end of the text
            if (end < size)
                ++end;
            else if (start > 0)
                --start;
        }
        if (start == end)
            continue; // an empty text
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(start));
        selection.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        selection.format = underline;
        selection.format.setToolTip(problem.message);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

bool CodeEditor::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor at = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        if (const GraphQlProblem* problem = problemAt(at.position()))
            QToolTip::showText(help->globalPos(), problem->message, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent* event)
{
    // Ctrl+Tab and Ctrl+Shift+Tab leave the editor (Tab itself indents).
    if (event->modifiers().testFlag(Qt::ControlModifier) &&
        (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)) {
        focusNextPrevChild(event->key() == Qt::Key_Tab && !event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyProblems();
}
