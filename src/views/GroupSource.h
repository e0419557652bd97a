#pragma once

#include "registry/RegistryBackend.h"
#include "registry/parts/PackageGroups.h"

#include <QPointer>

#include <functional>

// A paged model's source over one of a backend's group parts that outlives neither: once the backend (or the
// part) is gone it makes no job, and the model says so instead of calling into a dead object.
template <typename Job, typename Call>
std::function<Job*(const PageRequest&)> groupSource(QPointer<RegistryBackend> backend, RegistryPart part,
                                                    Call call)
{
    return [backend, part, call](const PageRequest& page) -> Job* {
        PackageGroups* groups = backend ? backend->groups(part) : nullptr;
        return groups ? call(groups, page) : nullptr;
    };
}
