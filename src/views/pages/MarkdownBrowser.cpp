#include "MarkdownBrowser.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

// GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens ("Usage notes" ->
// "usage-notes"), so that README links like [see](#usage-notes) find their heading.
QString anchorOf(const QString& heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QString anchor = heading.trimmed().toLower();
    anchor.remove(punctuation);
    anchor.replace(QLatin1Char(' '), QLatin1Char('-'));
    return anchor;
}

// setMarkdown() gives headings no anchor names; add them.
void nameHeadings(QTextDocument* document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 || block.text().isEmpty())
            continue;
        QTextCursor cursor(block);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        // scrollToAnchor() only looks at anchors; an anchor without href is not drawn as a link.
        format.setAnchor(true);
        format.setAnchorNames({anchorOf(block.text())});
        cursor.mergeCharFormat(format);
    }
}

// setMarkdown() draws code blocks as bare monospace lines and tables with cramped double borders; give
// code a quiet background and tables single lines and room, in the palette's colours.
void styleBlocks(QTextDocument* document, const QPalette& palette)
{
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().hasProperty(QTextFormat::BlockCodeFence))
            continue;
        QTextBlockFormat format;
        format.setBackground(palette.color(QPalette::AlternateBase));
        format.setLeftMargin(8);
        format.setRightMargin(8);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
    const QList<QTextFrame*> frames = document->rootFrame()->childFrames();
    for (QTextFrame* frame : frames) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderCollapse(true);
        format.setBorder(1);
        format.setBorderBrush(palette.color(QPalette::Mid));
        format.setCellPadding(4);
        format.setCellSpacing(0);
        table->setFormat(format);
    }
}

} // namespace

MarkdownBrowser::MarkdownBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    // QTextBrowser would otherwise try to load a clicked link as a document (and show nothing).
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    // The same left edge as the page header above it.
    document()->setDocumentMargin(24);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownBrowser::followLink);
}

void MarkdownBrowser::setMarkdownText(const QString& markdown, const QString& emptyText)
{
    if (markdown.trimmed().isEmpty()) {
        // The placeholder is ours, not the publisher's: plain text, never interpreted.
        setPlainText(emptyText);
        return;
    }
    // QTextEdit::setMarkdown (GitHub dialect), not the document's: it also puts the cursor and the view
    // back at the top instead of where the previous text left them.
    setMarkdown(markdown);
    nameHeadings(document());
    styleBlocks(document(), palette());
}

void MarkdownBrowser::followLink(const QUrl& url)
{
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    // Only web and mail links leave the page; a "file:" or custom-scheme link in a README could start
    // programs on the reader's machine.
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
        scheme == QLatin1String("mailto"))
        emit externalLinkActivated(url);
}
