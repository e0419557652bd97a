#pragma once

#include "models/PackageGroupListModel.h"

#include <QWidget>

class MessagePage;
class QListView;
class QStackedWidget;

// A paged list of groups or users found by a search, in the package list's place: the rows, or loading,
// none and failed-with-Retry. A click or Enter asks to open one.
class GroupResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit GroupResultsView(QWidget* parent = nullptr);

    // `source` lists the rows; `noneTitle` is said when it finds none.
    void setSource(PackageGroupListModel::Source source, const QString& noneTitle);
    void clear();

    QListView* list() const { return m_list; }
    PackageGroupListModel* model() const { return m_model; }
    MessagePage* messagePage() const { return m_message; }

signals:
    void activated(const QString& slug);

private:
    void updateState();

    PackageGroupListModel* m_model;
    QStackedWidget* m_stack;
    QListView* m_list;
    MessagePage* m_message;
    QString m_noneTitle;
};
