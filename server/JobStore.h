#pragma once

#include <remote/Protocol.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace server {

// A job as the database holds it.
struct StoredJob
{
    QString id;
    QString owner;
    remote::JobState state = remote::JobState::Queued;
    QJsonObject request;  // the submission (code, language, stdin, profile, limits)
    QJsonObject result;   // when finished
    QDateTime createdAt;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> finishedAt;

    // The REST view: {"job_id", "status", "created_at", ..., "result"?}.
    QJsonObject toJson() const;
};

// Jobs in SQLite: a job is written before it is acknowledged, so every accepted job can be finished or
// failed after a crash. All calls are on the server's main thread.
class JobStore
{
public:
    // Each returns an empty string on success.
    QString insert(const StoredJob &job);
    QString markRunning(const QString &id);
    QString markFinished(const QString &id, const QJsonObject &result);

    std::optional<StoredJob> find(const QString &id) const;
    // Jobs left queued or running by a previous process, oldest first.
    QList<StoredJob> unfinished() const;
    // Deletes finished jobs older than `cutoff`; returns how many.
    int expireFinishedBefore(const QDateTime &cutoff);

    static QJsonObject submissionToJson(const remote::Submission &submission);
    static remote::Submission submissionFromJson(const QJsonObject &object);
};

} // namespace server
