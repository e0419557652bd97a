#pragma once

#include <QByteArray>

// The memory that answers in flight may take, as a whole: every request's answer bytes (inflated) and, while
// it is decoded, an estimate of the parsed document draw on one budget. Each request also has its own cap
// (RequestOptions::maxAnswerBytes), but caps alone add up: two huge answers at once each filled 64 MiB. With
// the budget a hostile server cannot make Depot hold more than this, whatever it sends on how many requests.
// Single-threaded, like the jobs that use it (the GUI thread).
class AnswerBudget
{
public:
    // Peak RSS stays within 80 MiB of idle whatever servers send (tests/faults): this, plus read buffers.
    static constexpr qint64 kDefaultLimit = qint64(48) * 1024 * 1024;

    explicit AnswerBudget(qint64 limit = kDefaultLimit);
    AnswerBudget(const AnswerBudget&) = delete;
    AnswerBudget& operator=(const AnswerBudget&) = delete;

    // The one budget of the process, which every GraphQlClient's jobs share.
    static AnswerBudget& shared();

    qint64 limit() const { return m_limit; }
    void setLimit(qint64 limit) { m_limit = limit; }
    qint64 inUse() const { return m_inUse; }
    qint64 available() const { return qMax<qint64>(0, m_limit - m_inUse); }

    // Makes room in `answer` for `needed` bytes: a first MiB (most answers fit), then at once all `limit` may
    // take. Grown by doubling instead, each step copied the answer while the old block was still there (glibc
    // serves blocks under 32 MiB from its heap), and a 64 MiB answer peaked at more than twice its size. Room
    // that is not written to takes no memory (the system hands out pages as they are touched).
    static void makeRoom(QByteArray& answer, qint64 needed, qint64 limit);

    // What one answer holds of the budget; given back when it goes.
    class Reservation
    {
    public:
        explicit Reservation(AnswerBudget& budget = AnswerBudget::shared());
        ~Reservation();
        Reservation(const Reservation&) = delete;
        Reservation& operator=(const Reservation&) = delete;

        // Holds `bytes` in all from now on. False, holding what it held, when the budget has not that much
        // left.
        bool resize(qint64 bytes);
        void release() { resize(0); }
        qint64 size() const { return m_size; }
        // The most this reservation could hold now.
        qint64 headroom() const { return m_size + m_budget.available(); }

    private:
        AnswerBudget& m_budget;
        qint64 m_size = 0;
    };

private:
    qint64 m_limit;
    qint64 m_inUse = 0;
};
