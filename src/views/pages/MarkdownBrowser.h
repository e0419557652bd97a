#pragma once

#include <QTextBrowser>

// Read-only Markdown (README, licence) rendered by QTextDocument::setMarkdown. Links to other places are
// never followed inside the browser: external ones are handed out with linkActivated() (the page turns them
// into openUrl), anchors inside the text scroll to their heading.
class MarkdownBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit MarkdownBrowser(QWidget* parent = nullptr);

    // Renders `markdown` (GitHub dialect: tables, task lists, fenced code) from the top; an empty text shows
    // `emptyText`.
    void setMarkdownText(const QString& markdown, const QString& emptyText);

signals:
    void externalLinkActivated(const QUrl& url);

private:
    void followLink(const QUrl& url);
};
