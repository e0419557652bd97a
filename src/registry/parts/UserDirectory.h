#pragma once

#include "registry/Jobs.h"

// Public user pages.
class UserDirectory
{
public:
    virtual ~UserDirectory() = default;
    virtual UserJob* user(const QString& username) = 0;
};
