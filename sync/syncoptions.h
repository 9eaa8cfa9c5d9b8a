#pragma once

#include "backoff.h"

#include <QString>
#include <chrono>

namespace suara::sync {

// Tunables of the engine. The defaults are the production values; tests shrink the times.
struct SyncOptions
{
    int batchSize = 200; // protocol §1: at most 200 per batch
    int requestTimeoutMs = 60000; // per request, the whole exchange
    BackoffPolicy backoff; // 5 s doubling to 15 min, ±50 %
    std::chrono::milliseconds interval{5 * 60 * 1000}; // automatic mode: between good syncs
    std::chrono::milliseconds afterNewRecords{3000}; // automatic mode: a visit was saved
    quint32 seed = 0; // backoff jitter; 0 = random
    QString appVersion;
};

} // namespace suara::sync
