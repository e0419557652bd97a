#include "FittedColumns.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

FittedColumns::FittedColumns(QTableView* table, QList<Column> columns)
    : QObject(table)
    , m_table(table)
    , m_columns(std::move(columns))
{
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section < m_columns.size() && m_table->isVisible())
            m_personResized = true;
    });
    fit();
}

bool FittedColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_table->viewport())
        fit();
    return QObject::eventFilter(watched, event);
}

void FittedColumns::fit()
{
    if (m_personResized)
        return;
    const int width = m_table->viewport()->width();
    const QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    const int cellMargins =
        2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    QList<int> widths;
    QList<int> floors; // a column's header, uncut
    int total = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& column = m_columns.at(i);
        floors << header->sectionSizeHint(i);
        int least = std::max(column.least, floors.last());
        if (!column.sample.isEmpty())
            least = std::max(least, metrics.horizontalAdvance(column.sample) + cellMargins);
        widths << std::clamp(int(width * column.share), least, std::max(least, column.most));
        total += widths.last();
    }
    // Too narrow for every least width (a small window, a large font): the columns give up what they have
    // above their header's width, in proportion, so that the last one keeps its header too. Cells are cut
    // with "…" (their tooltips have the whole text); no column leaves the view.
    const int room = width - header->sectionSizeHint(int(m_columns.size()));
    int spare = 0;
    for (int i = 0; i < widths.size(); ++i)
        spare += widths.at(i) - floors.at(i);
    if (total > room && spare > 0) {
        const double keep = std::max(0.0, 1.0 - double(total - room) / spare);
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = floors.at(i) + int((widths.at(i) - floors.at(i)) * keep);
    }
    m_fitting = true;
    for (int i = 0; i < widths.size(); ++i)
        m_table->setColumnWidth(i, widths.at(i));
    m_fitting = false;
}
