#pragma once

#include "JobScheduler.h"
#include "JobStore.h"
#include "Metrics.h"
#include "RateLimiter.h"
#include "ServerConfig.h"
#include "ServerLanguages.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace server {

// Everything a front end (REST or WebSocket) does with jobs: admission (validation, rate and
// concurrency limits, queue room), persistence, and lookups restricted to the job's owner.
class JobService : public QObject
{
    Q_OBJECT
public:
    // `rateLimiter` is shared with /analyze: one token bucket per token for every submission.
    JobService(const ServerConfig &config, ServerLanguages languages, JobScheduler::SessionFactory factory,
               Metrics &metrics, RateLimiter &rateLimiter, QObject *parent = nullptr);

    // The languages clients may submit here, and the profiles they may ask for (the default first).
    const ServerLanguages &languages() const { return m_languages; }
    QStringList profiles() const;
    // The session kinds (`debug`, `shell`) a WebSocket submit may ask for; empty without Python.
    QStringList sessions() const;
    // `/languages`: each language with its toolchain's version and the highest limits a client may ask.
    QJsonArray languagesJson() const;

    struct Submitted
    {
        Job *job = nullptr;
        std::optional<remote::Error> error;
    };
    Submitted submit(const QString &owner, const remote::Submission &submission);

    // A job in memory that belongs to `owner`, else nullptr (also for other users' jobs and for jobs
    // finished longer ago than the retention time).
    Job *liveJob(const QString &owner, const QString &id) const;
    // The stored view of a job that belongs to `owner` and has not expired.
    std::optional<StoredJob> storedJob(const QString &owner, const QString &id) const;

    // At start-up: jobs a previous process left running are failed with a reason; queued ones run.
    // On a shared database only those whose replica's lease ran out, and again every half lease.
    void recover();
    // Output of a job this process does not hold (another replica runs it), after `afterSeq`.
    QList<OutputChunk> storedOutput(const QString &id, qint64 afterSeq, int limit) const
    {
        return m_store.outputAfter(id, afterSeq, limit);
    }
    bool isShared() const { return m_shared; }
    // Listens for a job held by another replica until the returned handle's last copy is gone; its
    // changes then arrive as remoteJobChanged. Null on a database of one process.
    std::shared_ptr<void> watchRemote(const QString &id);
    // Cancels (JobStore::Cancel) or closes the input of (JobStore::CloseInput) a job held by another
    // replica: the request is stored and that replica acts on it. False when the job has finished.
    // The caller has checked the job's owner.
    bool controlRemote(const QString &id, int control) { return m_store.requestControl(id, control); }
    // Deletes finished jobs past the retention time. Lookups treat them as gone already, so a job is
    // readable for exactly the retention time whatever the moment this runs.
    void expire();

    bool isAccepting() const { return m_accepting; }
    // Stops accepting, fails queued jobs, lets running ones finish within `graceMs`, then stops them;
    // `done` is called once nothing runs any more.
    void shutdown(int graceMs, std::function<void()> done);

    JobScheduler &scheduler() { return *m_scheduler; }

Q_SIGNALS:
    void jobAccepted(server::Job *job);
    // A job held by another replica has new output or finished (a notification from the database;
    // followers also poll, since a notification may be lost with a dropped connection).
    void remoteJobChanged(const QString &id);

private:
    std::optional<remote::Error> buildRequest(const remote::Submission &submission, runner::RunRequest &request) const;
    std::optional<remote::Error> buildSessionRequest(const remote::Submission &submission,
                                                     runner::RunRequest &request) const;
    void onJobStarted(Job *job);
    void onJobFinished(Job *job);
    void hold(Job *job);
    void recoverExpired(bool everyJob);
    void unwatchRemote(const QString &id);
    void reconnect();
    // Acts on the requests of other replicas' clients for jobs held here.
    void applyControls();

    const ServerConfig &m_config;
    ServerLanguages m_languages;
    Metrics &m_metrics;
    JobStore m_store;
    RateLimiter &m_rateLimiter;
    JobScheduler *m_scheduler;
    QTimer m_housekeeping;
    QTimer m_expiry;
    QTimer m_leases;   // renews this replica's leases, and takes over those of dead replicas
    bool m_shared = false;
    QHash<QString, int> m_remoteWatchers; // job id -> handles out
    QHash<QString, int> m_controlsApplied; // job id -> JobStore::Control bits acted on

    bool m_accepting = true;
    std::function<void()> m_shutdownDone;
};

} // namespace server
