#include "RateLimiter.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

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
    if (m_shared)
        return acquireShared(key);
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
    return waitFor(bucket.tokens);
}

int RateLimiter::waitFor(double tokens) const
{
    return std::max(1, int(std::ceil((1.0 - tokens) / m_rate)));
}

int RateLimiter::acquireShared(const QString &key)
{
    // One statement refills and takes a token atomically (the row is locked while it runs), and
    // returns no row when the bucket holds less than one; on the database's clock.
    const QString now = Database::nowMsExpression();
    const QString refilled = QStringLiteral("LEAST(%1, b.tokens + (%2 - b.updated_ms) * %3 / 1000.0)")
                                 .arg(m_burst, 0, 'g', 17).arg(now).arg(m_rate, 0, 'g', 17);
    PreparedQuery queryStatement(QStringLiteral("INSERT INTO rate_buckets AS b (owner, tokens, updated_ms) VALUES (?, %1, %2) "
                                 "ON CONFLICT (owner) DO UPDATE SET tokens = %3 - 1, updated_ms = %2 "
                                 "WHERE %3 >= 1 RETURNING tokens")
                      .arg(m_burst - 1, 0, 'g', 17).arg(now, refilled));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(key);
    if (!query.exec())
        return 1; // the database is unreachable: nothing is admitted that could not be stored either
    if (query.next())
        return 0;
    query.finish();
    PreparedQuery bucketStatement(QStringLiteral("SELECT %1 FROM rate_buckets AS b WHERE owner = ?").arg(refilled));
    QSqlQuery &bucket = bucketStatement.get();
    bucket.addBindValue(key);
    return bucket.exec() && bucket.next() ? waitFor(bucket.value(0).toDouble()) : 1;
}

} // namespace server
