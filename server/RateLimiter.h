#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace server {

// A token bucket per key (the token's owner): `burst` submissions at once, refilled at `ratePerSecond`.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, int burst);

    // 0 when `key` may go ahead now (and the request is counted), else the seconds to wait.
    int acquire(const QString &key);
    bool isEnabled() const { return m_rate > 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace server
