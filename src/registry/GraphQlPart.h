#pragma once

#include "JobSupport.h"
#include "graphql/GraphQlClient.h"
#include "graphql/RequestOptions.h"

#include <QObject>

// What the parts of a GraphQL backend share: the backend's client, the parent of their jobs (the backend, so
// a closed registry takes its jobs with it), and the two ways an intent ends before any request.
class GraphQlPart
{
protected:
    GraphQlPart(GraphQlClient* client, QObject* jobParent)
        : m_client(client)
        , m_jobParent(jobParent)
    {}

    // A repeated mutation could make a second key or token: no automatic retry on 429.
    RequestOptions mutationOptions() const
    {
        RequestOptions options = m_client->defaultOptions();
        options.isRead = false;
        return options;
    }

    // `job`, failing from the event loop because a value the person gave cannot be sent.
    template <typename Job> static Job* refuse(Job* job, const QString& sentence)
    {
        return JobSupport::failQueued(job, JobSupport::invalidInput(sentence));
    }

    GraphQlClient* m_client;
    QObject* m_jobParent;
};
