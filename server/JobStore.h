#pragma once

#include "Job.h"
#include <remote/Protocol.h>

#include <QDateTime>
#include <QHash>
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

// Jobs in the database: a job is written before it is acknowledged, so every accepted job can be
// finished or failed after a crash. All calls are on the server's main thread.
//
// Several replicas may share the database (PostgreSQL). Each unfinished job is held by one replica
// (`replica`) until `lease_until` (the database's clock); the holder renews its leases, and every write
// that moves a job on is guarded by "still held by me", so a job is run by one replica and finished
// once, even when a replica that was thought dead comes back.
class JobStore
{
public:
    JobStore(QString replica, qint64 leaseMs);

    const QString &replica() const { return m_replica; }
    qint64 leaseMs() const { return m_leaseMs; }

    // Each returns an empty string on success. The job is held by this replica from now.
    QString insert(const StoredJob &job);
    // Moves a queued job this replica holds to running. False when another replica took it over
    // (this replica's lease had run out) or the database failed: then it must not run here.
    bool claim(const QString &id);
    // Finishes a job this replica holds, once. kNotHeld when it was not (any more): nothing written.
    QString markFinished(const QString &id, const QJsonObject &result);
    static QString notHeldError() { return QStringLiteral("the job is not held by this replica"); }
    // Renews the lease of every unfinished job this replica holds; how many, or -1.
    int renewLeases();
    // Ends this replica's hold on its queued jobs now, so that the others take them over at their next
    // sweep instead of after the lease (a replica shutting down); how many, or -1.
    int releaseQueued();

    // Unfinished jobs whose holder's lease ran out, now held by this replica (at most `limit`, oldest
    // first, skipping rows another replica is taking over at the same moment). `everyJob`: all
    // unfinished jobs whatever their lease: a single process on SQLite at start-up, when every one
    // of them was left by a previous process.
    QList<StoredJob> takeOverExpired(int limit, bool everyJob = false);

    // Output of a running job, for clients connected to other replicas (shared database only). Each
    // append, and the job's end, notifies the job's own channel (notifyChannel(id)): only replicas
    // with a client following that job listen, so a chunk is not sent to every replica.
    QString appendOutput(const QString &id, const OutputChunk &chunk);
    QList<OutputChunk> outputAfter(const QString &id, qint64 afterSeq, int limit) const;
    static QString notifyChannelPrefix() { return QStringLiteral("code_remote_job_"); }
    static QString notifyChannel(const QString &id) { return notifyChannelPrefix() + id; }

    // Requests for a job from a replica other than the one running it (shared database): kept on the
    // job's row as bits until it finishes, and the holder is told on its own channel.
    enum Control { CloseInput = 1, Cancel = 2 };
    // Adds `control` to an unfinished job and notifies its holder. False when the job has finished
    // (or the database failed): then there is nothing to stop.
    bool requestControl(const QString &id, int control);
    // This replica's unfinished jobs with a request: id -> Control bits. Read when the channel says so
    // and on every lease renewal, since a notification is lost with a dropped connection.
    QHash<QString, int> requestedControls() const;
    // The channel this replica listens on for requests (one per replica, not per job: a LISTEN per
    // job would cost a round trip for every job, and requests are rare).
    QString controlChannel() const;

    std::optional<StoredJob> find(const QString &id) const;
    // Queued + running jobs of one owner in the whole database; -1 when it could not be read.
    int activeJobsOf(const QString &owner) const;
    // Jobs queued in the whole database (every replica's); -1 when it could not be read.
    int queuedCount() const;
    // Deletes finished jobs older than `cutoff`, and their stored output; returns how many jobs.
    int expireFinishedBefore(const QDateTime &cutoff);

    static QJsonObject submissionToJson(const remote::Submission &submission);
    static remote::Submission submissionFromJson(const QJsonObject &object);

private:
    QString m_replica;
    qint64 m_leaseMs;
};

} // namespace server
