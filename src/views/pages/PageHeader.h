#pragma once

#include <QWidget>

class FlowLayout;
class QLabel;

// The top of every browser page: a large title, a quieter subtitle line (identifier, kind), the
// description, and a row of actions and links the page adds. One look for package, catalog, collection and
// user pages.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSubtitle(const QString& subtitle);
    void setDescription(const QString& description);
    // Adds a widget (a link, a button) to the row under the description, left to right.
    void addActionWidget(QWidget* widget);
    // The content of a page: this header, then `under` (a section title, a choice), then `body` filling the
    // rest edge to edge (a table, tabs).
    QWidget* pageWith(const QList<QWidget*>& under, QWidget* body);

    QLabel* titleLabel() const { return m_title; }
    QLabel* subtitleLabel() const { return m_subtitle; }
    QLabel* descriptionLabel() const { return m_description; }

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_description;
    FlowLayout* m_actions; // wraps in a narrow window instead of widening it
};
