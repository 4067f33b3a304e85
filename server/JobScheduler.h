#pragma once

#include "Job.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <functional>

namespace server {

// A bounded queue in front of a fixed number of run slots. Runs are processes (the sandbox), so a slot
// is not a thread: the scheduler starts at most `workers` sessions at once on this thread and starts
// the next queued job when one finishes. Nothing here blocks.
class JobScheduler : public QObject
{
    Q_OBJECT
public:
    using SessionFactory = std::function<runner::RunSession *()>;
    // Asked before a job starts: false when the job is not this process's to run (another replica of
    // a shared database took it over); the job is then forgotten here without running.
    using Claim = std::function<bool(Job *)>;

    JobScheduler(int workers, int queueCapacity, SessionFactory factory, QObject *parent = nullptr);

    // Whether one more job fits in the queue right now.
    bool hasRoom() const { return int(m_queue.size()) < m_queueCapacity; }
    void setClaim(Claim claim) { m_claim = std::move(claim); }
    // Takes ownership of `job` and queues it (the caller checked hasRoom(); jobs recovered after a
    // restart may exceed it).
    void enqueue(Job *job);
    // A job still in memory (queued, running or recently finished).
    Job *find(const QString &id) const { return m_jobs.value(id); }
    // Queued + running jobs of one owner.
    int activeJobsOf(const QString &owner) const { return m_activeByOwner.value(owner); }

    int queued() const { return int(m_queue.size()); }
    int running() const { return m_running; }
    int workers() const { return m_workers; }
    int queueCapacity() const { return m_queueCapacity; }
    // Seconds until a slot is likely free for a job queued now: for Retry-After.
    int estimatedWaitSeconds() const;

    // Fails every queued job with `reason` (used when shutting down).
    void failQueued(const QString &reason);
    // Forgets every queued job without finishing it (another replica of a shared database will run it).
    void dropQueued();
    // Stops every running job.
    void stopRunning();
    // Forgets finished jobs older than `ageMs` (their results are in the database).
    void forgetFinished(qint64 ageMs);

Q_SIGNALS:
    void jobStarted(server::Job *job);
    void jobFinished(server::Job *job);
    void idle(); // nothing queued or running

private:
    void startNext();
    void onJobFinished(Job *job);
    void forget(Job *job);

    int m_workers;
    int m_queueCapacity;
    SessionFactory m_factory;
    Claim m_claim;
    std::deque<Job *> m_queue;
    QHash<QString, Job *> m_jobs;
    QHash<QString, int> m_activeByOwner;
    int m_running = 0;
    double m_averageRunMs = 50;
};

} // namespace server
