#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTableView;

// Fits a table's columns to its width. QHeaderView either stretches the last section only (at 800 pixels the
// first columns push the rest out of sight) or all sections equally; here each column but the last gets its
// share of the width between a least and a most width, and the last one what is left. Once the person drags
// a column's edge, the widths are theirs and stay.
class FittedColumns : public QObject
{
    Q_OBJECT
public:
    struct Column
    {
        double share; // of the viewport's width
        int least;    // raised to the header's own width, and to `sample`'s when given
        int most;
        QString sample = {}; // a typical cell ("30 Sep 2025") that should fit uncut
    };
    // `columns`: every column but the last, in order.
    FittedColumns(QTableView* table, QList<Column> columns);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit();

    QTableView* m_table;
    QList<Column> m_columns;
    bool m_fitting = false;
    bool m_personResized = false;
};
