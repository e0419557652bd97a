#pragma once

#include "registry/PackageId.h"

class LiveFeed;
class QObject;

// What a registry announces as it happens, over GraphQL subscriptions (a WebSocket): only registries whose
// schema has such subscriptions offer this part. Nothing is opened before the first feed is asked for, and
// the connection closes when the last feed goes.
class LiveUpdates
{
public:
    virtual ~LiveUpdates() = default;
    // Every package version published from now on that the registry shows to whoever Depot is signed in as.
    // The feed belongs to `owner`; deleting it ends the subscription.
    virtual LiveFeed* watchPublished(QObject* owner) = 0;
    // The versions of package `id` published from now on.
    virtual LiveFeed* watchPackage(const PackageId& id, QObject* owner) = 0;
};
