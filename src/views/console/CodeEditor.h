#pragma once

#include "console/GraphQlProblem.h"

#include <QPlainTextEdit>

// A plain-text editor for code (the console's query and variables): a fixed-width font, no wrapping, Tab
// indents as in every code editor while Ctrl+Tab moves on to the next control, and problems shown in place: a
// wavy underline under each, its message as the tooltip over it.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget* parent = nullptr);

    void setProblems(const GraphQlProblems& problems);
    const GraphQlProblems& problems() const { return m_problems; }
    // The problem at `offset` in the text, null when there is none.
    const GraphQlProblem* problemAt(qsizetype offset) const;

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyProblems();

    GraphQlProblems m_problems;
};
