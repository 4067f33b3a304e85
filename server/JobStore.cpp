#include "JobStore.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace server {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject parseObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

// Text, not bytes: PostgreSQL's driver binds a QByteArray as bytea, which a TEXT column would keep as
// its escaped form.
QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

StoredJob fromRow(const QSqlQuery &query)
{
    StoredJob job;
    job.id = query.value(0).toString();
    job.owner = query.value(1).toString();
    job.state = remote::jobStateFromName(query.value(2).toString()).value_or(remote::JobState::Finished);
    job.request = parseObject(query.value(3));
    job.result = parseObject(query.value(4));
    job.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
    job.startedAt = optionalTime(query.value(6));
    job.finishedAt = optionalTime(query.value(7));
    return job;
}

const QString kColumns = QStringLiteral("id, owner, state, request, result, created_at, started_at, finished_at");
} // namespace

QJsonObject StoredJob::toJson() const
{
    QJsonObject object{{QStringLiteral("job_id"), id},
                       {QStringLiteral("status"), remote::jobStateName(state)},
                       {QStringLiteral("language"), request.value(QStringLiteral("language"))},
                       {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)}};
    if (startedAt)
        object.insert(QStringLiteral("started_at"), startedAt->toString(Qt::ISODateWithMs));
    if (finishedAt)
        object.insert(QStringLiteral("finished_at"), finishedAt->toString(Qt::ISODateWithMs));
    if (state == remote::JobState::Finished)
        object.insert(QStringLiteral("result"), result);
    return object;
}

JobStore::JobStore(QString replica, qint64 leaseMs) : m_replica(std::move(replica)), m_leaseMs(leaseMs) {}

QString JobStore::insert(const StoredJob &job)
{
    PreparedQuery queryStatement(QStringLiteral("INSERT INTO jobs (id, owner, state, request, created_at, replica, lease_until) "
                                 "VALUES (?, ?, ?, ?, ?, ?, %1 + ?)").arg(Database::nowMsExpression()));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(job.id);
    query.addBindValue(job.owner);
    query.addBindValue(remote::jobStateName(job.state));
    query.addBindValue(compact(job.request));
    query.addBindValue(job.createdAt.toMSecsSinceEpoch());
    query.addBindValue(m_replica);
    query.addBindValue(m_leaseMs);
    return query.exec() ? QString() : query.lastError().text();
}

bool JobStore::claim(const QString &id)
{
    PreparedQuery queryStatement(QStringLiteral("UPDATE jobs SET state = 'running', started_at = ?, lease_until = %1 + ? "
                                 "WHERE id = ? AND state = 'queued' AND replica = ?").arg(Database::nowMsExpression()));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(nowMs());
    query.addBindValue(m_leaseMs);
    query.addBindValue(id);
    query.addBindValue(m_replica);
    return query.exec() && query.numRowsAffected() == 1;
}

QString JobStore::markFinished(const QString &id, const QJsonObject &result)
{
    const QString update = QStringLiteral("UPDATE jobs SET state = 'finished', result = ?, finished_at = ?, lease_until = NULL "
                                          "WHERE id = ? AND replica = ? AND state != 'finished'");
    // On a shared database the same statement tells the replicas whose clients follow the job.
    const bool notify = Database::isShared();
    PreparedQuery queryStatement(notify ? QStringLiteral("WITH done AS (%1 RETURNING id) SELECT pg_notify('%2' || id, '') FROM done")
                                     .arg(update, notifyChannelPrefix())
                               : update);
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(compact(result));
    query.addBindValue(nowMs());
    query.addBindValue(id);
    query.addBindValue(m_replica);
    if (!query.exec())
        return query.lastError().text();
    const bool finished = notify ? query.next() : query.numRowsAffected() == 1;
    return finished ? QString() : notHeldError();
}

int JobStore::renewLeases()
{
    PreparedQuery queryStatement(QStringLiteral("UPDATE jobs SET lease_until = %1 + ? WHERE replica = ? AND state != 'finished'")
                      .arg(Database::nowMsExpression()));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(m_leaseMs);
    query.addBindValue(m_replica);
    return query.exec() ? query.numRowsAffected() : -1;
}

int JobStore::releaseQueued()
{
    PreparedQuery queryStatement(QStringLiteral("UPDATE jobs SET lease_until = 0 WHERE replica = ? AND state = 'queued'"));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(m_replica);
    return query.exec() ? query.numRowsAffected() : -1;
}

QList<StoredJob> JobStore::takeOverExpired(int limit, bool everyJob)
{
    QList<StoredJob> jobs;
    QSqlDatabase db = Database::connection();
    if (!db.transaction())
        return jobs;
    QSqlQuery query(db);
    // SKIP LOCKED: replicas sweeping at the same moment split the orphans instead of queueing behind
    // each other's row locks; each row is taken by exactly one of them.
    const QString lock = Database::isShared() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    const QString expired = everyJob ? QString()
                                     : QStringLiteral(" AND (lease_until IS NULL OR lease_until < %1)").arg(Database::nowMsExpression());
    query.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE state != 'finished'%2 ORDER BY created_at LIMIT ?%3")
                      .arg(kColumns, expired, lock));
    query.addBindValue(limit);
    if (!query.exec()) {
        db.rollback();
        return jobs;
    }
    while (query.next())
        jobs.append(fromRow(query));
    query.finish();
    query.prepare(QStringLiteral("UPDATE jobs SET replica = ?, lease_until = %1 + ? WHERE id = ?").arg(Database::nowMsExpression()));
    for (const StoredJob &job : std::as_const(jobs)) {
        query.addBindValue(m_replica);
        query.addBindValue(m_leaseMs);
        query.addBindValue(job.id);
        if (!query.exec()) {
            db.rollback();
            return {};
        }
    }
    if (!db.commit())
        return {};
    return jobs;
}

QString JobStore::appendOutput(const QString &id, const OutputChunk &chunk)
{
    PreparedQuery queryStatement(QStringLiteral("WITH added AS (INSERT INTO job_output (job_id, seq, stream, data) VALUES (?, ?, ?, ?) "
                                 "RETURNING job_id) SELECT pg_notify('%1' || job_id, '') FROM added")
                      .arg(notifyChannelPrefix()));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(id);
    query.addBindValue(chunk.seq);
    query.addBindValue(chunk.stream == remote::Stream::Stderr ? QStringLiteral("stderr") : QStringLiteral("stdout"));
    query.addBindValue(chunk.data);
    return query.exec() ? QString() : query.lastError().text();
}

QList<OutputChunk> JobStore::outputAfter(const QString &id, qint64 afterSeq, int limit) const
{
    QList<OutputChunk> chunks;
    PreparedQuery queryStatement(QStringLiteral("SELECT seq, stream, data FROM job_output WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(id);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return chunks;
    while (query.next()) {
        OutputChunk chunk;
        chunk.seq = query.value(0).toLongLong();
        chunk.stream = query.value(1).toString() == QLatin1String("stderr") ? remote::Stream::Stderr : remote::Stream::Stdout;
        chunk.data = query.value(2).toByteArray();
        chunks.append(chunk);
    }
    return chunks;
}

namespace {
const QString kControlChannelPrefix = QStringLiteral("code_remote_ctl_");
} // namespace

QString JobStore::controlChannel() const
{
    // A channel name is an identifier of at most 63 bytes; a replica's id may be longer. The database
    // computes the same digest (md5) when it notifies, from the job's `replica` column.
    return kControlChannelPrefix + QString::fromLatin1(QCryptographicHash::hash(m_replica.toUtf8(), QCryptographicHash::Md5).toHex());
}

bool JobStore::requestControl(const QString &id, int control)
{
    PreparedQuery queryStatement(QStringLiteral("WITH asked AS (UPDATE jobs SET control = COALESCE(control, 0) | CAST(? AS INTEGER) "
                                 "WHERE id = ? AND state != 'finished' RETURNING id, replica) "
                                 "SELECT pg_notify('%1' || md5(replica), id) FROM asked")
                      .arg(kControlChannelPrefix));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(control);
    query.addBindValue(id);
    return query.exec() && query.next();
}

QHash<QString, int> JobStore::requestedControls() const
{
    QHash<QString, int> controls;
    PreparedQuery queryStatement(QStringLiteral("SELECT id, control FROM jobs WHERE replica = ? AND state != 'finished' AND control IS NOT NULL"));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(m_replica);
    if (!query.exec())
        return controls;
    while (query.next())
        controls.insert(query.value(0).toString(), query.value(1).toInt());
    return controls;
}

std::optional<StoredJob> JobStore::find(const QString &id) const
{
    PreparedQuery queryStatement(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(kColumns));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

int JobStore::activeJobsOf(const QString &owner) const
{
    PreparedQuery queryStatement(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE owner = ? AND state != 'finished'"));
    QSqlQuery &query = queryStatement.get();
    query.addBindValue(owner);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

int JobStore::queuedCount() const
{
    QSqlQuery query(Database::connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'queued'")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

int JobStore::expireFinishedBefore(const QDateTime &cutoff)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("DELETE FROM job_output WHERE job_id IN "
                                 "(SELECT id FROM jobs WHERE state = 'finished' AND finished_at < ?)"));
    query.addBindValue(cutoff.toMSecsSinceEpoch());
    query.exec();
    query.prepare(QStringLiteral("DELETE FROM jobs WHERE state = 'finished' AND finished_at < ?"));
    query.addBindValue(cutoff.toMSecsSinceEpoch());
    if (!query.exec())
        return 0;
    return query.numRowsAffected();
}

QJsonObject JobStore::submissionToJson(const remote::Submission &submission)
{
    QJsonObject object{{QStringLiteral("code"), submission.code},
                       {QStringLiteral("language"), submission.language},
                       {QStringLiteral("stdin"), QString::fromUtf8(submission.stdinData)},
                       {QStringLiteral("profile"), submission.profile}};
    if (!submission.limits.isEmpty())
        object.insert(QStringLiteral("limits"), submission.limits.toJson());
    if (!submission.standard.isEmpty())
        object.insert(QStringLiteral("std"), submission.standard);
    // Recovery must know a session, which it fails instead of running again; its breakpoints are not
    // kept, since it is never run again.
    if (!submission.session.isEmpty())
        object.insert(QStringLiteral("session"), submission.session);
    return object;
}

remote::Submission JobStore::submissionFromJson(const QJsonObject &object)
{
    // Stored by this server after validation, so the same decoder reads it back.
    QJsonObject body = object;
    if (body.value(QStringLiteral("profile")).toString().isEmpty())
        body.remove(QStringLiteral("profile"));
    const QString session = body.take(QStringLiteral("session")).toString();
    const remote::Decoded decoded = remote::decodeExecuteBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    remote::Submission submission;
    if (decoded.ok()) {
        submission = decoded.message->submission;
    } else {
        submission.code = object.value(QStringLiteral("code")).toString();
        submission.language = object.value(QStringLiteral("language")).toString();
    }
    submission.session = session;
    return submission;
}

} // namespace server
