#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace server {

namespace {

// A key of this application's own for pg_advisory_lock: the bytes "CRSchema".
constexpr qint64 kMigrationLockKey = 0x4352536368656d61;

// Statements of each version. `BLOB` is written as the dialect's binary type.
const char *const kVersion1[] = {
    "CREATE TABLE IF NOT EXISTS tokens ("
    " name TEXT PRIMARY KEY,"
    " hash TEXT NOT NULL UNIQUE,"
    " created_at BIGINT NOT NULL,"
    " revoked_at BIGINT)",
    "CREATE TABLE IF NOT EXISTS jobs ("
    " id TEXT PRIMARY KEY,"
    " owner TEXT NOT NULL,"
    " state TEXT NOT NULL," // queued | running | finished
    " request TEXT NOT NULL," // the submission as JSON, enough to run it again after a restart
    " result TEXT," // the RunResult JSON once finished
    " created_at BIGINT NOT NULL,"
    " started_at BIGINT,"
    " finished_at BIGINT)",
    "CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs(state)",
    "CREATE INDEX IF NOT EXISTS jobs_by_finished ON jobs(finished_at)",
};

// Version 2: several replicas on one database.
const char *const kVersion2[] = {
    // The replica that holds the job (accepted and queued it, or runs it) and until when its hold
    // lasts unless renewed: a job whose lease ran out belongs to a replica that died.
    "ALTER TABLE jobs ADD COLUMN replica TEXT",
    "ALTER TABLE jobs ADD COLUMN lease_until BIGINT",
    "CREATE INDEX IF NOT EXISTS jobs_by_owner ON jobs(owner, state)",
    // The lease renewal (by replica) and the sweep for orphans (by lease) read unfinished jobs only,
    // a small part of a table that keeps finished jobs for the retention time.
    "CREATE INDEX IF NOT EXISTS jobs_unfinished_by_replica ON jobs(replica) WHERE state != 'finished'",
    "CREATE INDEX IF NOT EXISTS jobs_unfinished_by_lease ON jobs(lease_until) WHERE state != 'finished'",
    // Output of running jobs, in order, for clients connected to another replica (shared database only).
    "CREATE TABLE IF NOT EXISTS job_output ("
    " job_id TEXT NOT NULL,"
    " seq BIGINT NOT NULL,"
    " stream TEXT NOT NULL,"
    " data BLOB NOT NULL,"
    " PRIMARY KEY (job_id, seq))",
    // Token buckets of the rate limit, shared by every replica.
    "CREATE TABLE IF NOT EXISTS rate_buckets ("
    " owner TEXT PRIMARY KEY,"
    " tokens DOUBLE PRECISION NOT NULL,"
    " updated_ms BIGINT NOT NULL)",
};

// Version 3: cancel and closing stdin of a job from any replica. The request is kept on the job's row
// (bits of JobStore::Control) until it finishes, so the replica running the job acts on it even when
// the notification that tells it is lost.
const char *const kVersion3[] = {
    "ALTER TABLE jobs ADD COLUMN control INTEGER",
};

struct Version
{
    const char *const *statements;
    size_t count;
};

const Version kVersions[] = {
    {kVersion1, std::size(kVersion1)},
    {kVersion2, std::size(kVersion2)},
    {kVersion3, std::size(kVersion3)},
};
static_assert(std::size(kVersions) == Schema::kCurrentVersion);

QString statementFor(const char *statement, Database::Dialect dialect)
{
    QString text = QString::fromLatin1(statement);
    if (dialect == Database::Dialect::PostgreSQL)
        text.replace(QLatin1String(" BLOB "), QLatin1String(" BYTEA "));
    return text;
}

// The recorded version; 0 for a database without one. A database of the versions before versioning
// has the tables of version 1: its statements are idempotent, so it is simply migrated from 0.
int recordedVersion(QSqlQuery &query)
{
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace

Schema::Outcome Schema::migrate(QSqlDatabase db, Database::Dialect dialect, int target)
{
    Outcome outcome;
    QSqlQuery query(db);
    const bool postgres = dialect == Database::Dialect::PostgreSQL;
    auto fail = [&](const QString &what) {
        outcome.error = QStringLiteral("schema migration failed (%1): %2").arg(what, query.lastError().text());
        if (postgres) {
            db.rollback();
            query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey));
        } else {
            query.exec(QStringLiteral("ROLLBACK"));
        }
        return outcome;
    };
    if (postgres) {
        // Held across the whole check-and-migrate: a second replica waits here, then finds the version current.
        if (!query.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLockKey)))
            return fail(QStringLiteral("lock"));
        if (!db.transaction())
            return fail(QStringLiteral("begin"));
    } else if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(QStringLiteral("begin"));
    }
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return fail(QStringLiteral("schema_version"));
    outcome.from = recordedVersion(query);
    outcome.to = outcome.from;
    for (int version = outcome.from + 1; version <= target && version <= kCurrentVersion; ++version) {
        const Version &steps = kVersions[version - 1];
        for (size_t i = 0; i < steps.count; ++i) {
            if (!query.exec(statementFor(steps.statements[i], dialect)))
                return fail(QStringLiteral("version %1").arg(version));
        }
        outcome.to = version;
    }
    if (outcome.to != outcome.from) {
        const QString record = outcome.from == 0 ? QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                                                 : QStringLiteral("UPDATE schema_version SET version = %1");
        if (!query.exec(record.arg(outcome.to)))
            return fail(QStringLiteral("record version"));
    }
    if (postgres) {
        if (!db.commit())
            return fail(QStringLiteral("commit"));
        query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLockKey));
    } else if (!query.exec(QStringLiteral("COMMIT"))) {
        return fail(QStringLiteral("commit"));
    }
    return outcome;
}

} // namespace server
