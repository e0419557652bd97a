#pragma once

#include <QtGlobal>

#include <chrono>

// Limits of one request. Defaults live here, in one place.
struct RequestOptions
{
    std::chrono::milliseconds inactivityTimeout{15000}; // no byte for this long: Timeout
    std::chrono::milliseconds deadline{60000};          // the whole request, retries included: Timeout
    qint64 maxAnswerBytes = qint64(48) * 1024 * 1024;   // larger answers (inflated) are cut off: TooLarge
    bool isRead = true; // reads honour HTTP 429 + Retry-After by retrying (within the deadline)
    int maxRetries = 2; // for 429 on reads
};
