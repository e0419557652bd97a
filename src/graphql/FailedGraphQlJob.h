#pragma once

#include "GraphQlJob.h"

// A job that could not even be sent (unknown operation, bad URL, credentials over plain HTTP): it fails
// from the event loop, so callers connect to it exactly like to a real job. Private to graphql/.
class FailedGraphQlJob : public GraphQlJob
{
    Q_OBJECT
public:
    FailedGraphQlJob(const Error& error, const QString& operationName, QObject* parent = nullptr);

    void cancel() override;
    QString operationName() const override;
    bool isFinished() const override;

private:
    void end(const Error& error);

    Error m_error;
    QString m_operationName;
    bool m_finished = false;
};
