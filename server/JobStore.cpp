#include "JobStore.h"

#include "Database.h"

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

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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

QString JobStore::insert(const StoredJob &job)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("INSERT INTO jobs (id, owner, state, request, created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(job.id);
    query.addBindValue(job.owner);
    query.addBindValue(remote::jobStateName(job.state));
    query.addBindValue(compact(job.request));
    query.addBindValue(job.createdAt.toMSecsSinceEpoch());
    return query.exec() ? QString() : query.lastError().text();
}

QString JobStore::markRunning(const QString &id)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("UPDATE jobs SET state = 'running', started_at = ? WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(id);
    return query.exec() ? QString() : query.lastError().text();
}

QString JobStore::markFinished(const QString &id, const QJsonObject &result)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("UPDATE jobs SET state = 'finished', result = ?, finished_at = ? WHERE id = ?"));
    query.addBindValue(compact(result));
    query.addBindValue(nowMs());
    query.addBindValue(id);
    return query.exec() ? QString() : query.lastError().text();
}

std::optional<StoredJob> JobStore::find(const QString &id) const
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<StoredJob> JobStore::unfinished() const
{
    QList<StoredJob> jobs;
    QSqlQuery query(Database::connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM jobs WHERE state != 'finished' ORDER BY created_at").arg(kColumns)))
        return jobs;
    while (query.next())
        jobs.append(fromRow(query));
    return jobs;
}

int JobStore::expireFinishedBefore(const QDateTime &cutoff)
{
    QSqlQuery query(Database::connection());
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
    return object;
}

remote::Submission JobStore::submissionFromJson(const QJsonObject &object)
{
    // Stored by this server after validation, so the same decoder reads it back.
    QJsonObject body = object;
    if (body.value(QStringLiteral("profile")).toString().isEmpty())
        body.remove(QStringLiteral("profile"));
    const remote::Decoded decoded = remote::decodeExecuteBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (decoded.ok())
        return decoded.message->submission;
    remote::Submission submission;
    submission.code = object.value(QStringLiteral("code")).toString();
    submission.language = object.value(QStringLiteral("language")).toString();
    return submission;
}

} // namespace server
