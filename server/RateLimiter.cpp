#include "RateLimiter.h"

#include <cmath>

namespace server {

RateLimiter::RateLimiter(double ratePerSecond, int burst) : m_rate(ratePerSecond), m_burst(std::max(1, burst))
{
    m_clock.start();
}

int RateLimiter::acquire(const QString &key)
{
    if (m_rate <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    Bucket &bucket = it.value();
    bucket.tokens = std::min(m_burst, bucket.tokens + double(now - bucket.updatedMs) * m_rate / 1000.0);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_rate)));
}

} // namespace server
