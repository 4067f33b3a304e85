#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace server {

// A token bucket per key (the token's owner): `burst` submissions at once, refilled at `ratePerSecond`.
// In memory, or in the shared database (shareThroughDatabase) so that replicas enforce one limit
// together instead of one each.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, int burst);

    // 0 when `key` may go ahead now (and the request is counted), else the seconds to wait.
    int acquire(const QString &key);
    bool isEnabled() const { return m_rate > 0; }
    // The buckets live in the open database's rate_buckets table from now on.
    void shareThroughDatabase() { m_shared = true; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    int acquireShared(const QString &key);
    int waitFor(double tokens) const;

    double m_rate;
    bool m_shared = false;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace server
