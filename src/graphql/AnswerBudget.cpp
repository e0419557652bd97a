#include "AnswerBudget.h"

AnswerBudget::AnswerBudget(qint64 limit)
    : m_limit(limit)
{}

void AnswerBudget::makeRoom(QByteArray& answer, qint64 needed, qint64 limit)
{
    constexpr qint64 firstRoom = 1024 * 1024;
    if (needed <= answer.capacity())
        return;
    answer.reserve(qMin(limit, needed <= firstRoom ? firstRoom : qMax(needed, limit)));
}

AnswerBudget& AnswerBudget::shared()
{
    static AnswerBudget budget;
    return budget;
}

AnswerBudget::Reservation::Reservation(AnswerBudget& budget)
    : m_budget(budget)
{}

AnswerBudget::Reservation::~Reservation()
{
    release();
}

bool AnswerBudget::Reservation::resize(qint64 bytes)
{
    bytes = qMax<qint64>(0, bytes);
    if (bytes > headroom())
        return false;
    m_budget.m_inUse += bytes - m_size;
    m_size = bytes;
    return true;
}
