#include "JobScheduler.h"

#include <cmath>
#include <utility>

namespace server {

JobScheduler::JobScheduler(int workers, int queueCapacity, SessionFactory factory, QObject *parent)
    : QObject(parent), m_workers(std::max(1, workers)), m_queueCapacity(std::max(1, queueCapacity)),
      m_factory(std::move(factory))
{
}

void JobScheduler::enqueue(Job *job)
{
    job->setParent(this);
    m_jobs.insert(job->id(), job);
    m_activeByOwner[job->owner()] += 1;
    connect(job, &Job::finished, this, [this, job] { onJobFinished(job); });
    if (job->state() == remote::JobState::Finished) {
        return; // finished before queueing (cannot happen today; keeps the counters honest if it does)
    }
    m_queue.push_back(job);
    startNext();
}

int JobScheduler::estimatedWaitSeconds() const
{
    const double waves = double(m_queue.size() + 1) / double(m_workers);
    return std::max(1, int(std::ceil(waves * m_averageRunMs / 1000.0)));
}

void JobScheduler::startNext()
{
    while (m_running < m_workers && !m_queue.empty()) {
        Job *job = m_queue.front();
        m_queue.pop_front();
        if (job->state() != remote::JobState::Queued)
            continue; // cancelled while queued
        if (m_claim && !m_claim(job)) {
            forget(job);
            continue;
        }
        ++m_running;
        Q_EMIT jobStarted(job);
        job->run(m_factory());
    }
}

void JobScheduler::onJobFinished(Job *job)
{
    if (int &active = m_activeByOwner[job->owner()]; --active <= 0)
        m_activeByOwner.remove(job->owner());
    const auto queuedIt = std::find(m_queue.begin(), m_queue.end(), job);
    if (queuedIt != m_queue.end()) {
        m_queue.erase(queuedIt);
    } else {
        --m_running;
        // A moving average is enough for Retry-After hints.
        m_averageRunMs = 0.9 * m_averageRunMs + 0.1 * job->runMs();
    }
    Q_EMIT jobFinished(job);
    // Started from the event loop: this is called from inside the finished session's signal.
    QMetaObject::invokeMethod(this, &JobScheduler::startNext, Qt::QueuedConnection);
    if (m_running == 0 && m_queue.empty())
        Q_EMIT idle();
}

void JobScheduler::forget(Job *job)
{
    disconnect(job, nullptr, this, nullptr);
    m_jobs.remove(job->id());
    if (int &active = m_activeByOwner[job->owner()]; --active <= 0)
        m_activeByOwner.remove(job->owner());
    job->deleteLater();
    if (m_running == 0 && m_queue.empty())
        Q_EMIT idle();
}

void JobScheduler::failQueued(const QString &reason)
{
    const std::deque<Job *> queued = m_queue;
    for (Job *job : queued)
        job->fail(reason);
}

void JobScheduler::dropQueued()
{
    const std::deque<Job *> queued = std::exchange(m_queue, {});
    for (Job *job : queued) {
        if (job->state() == remote::JobState::Queued)
            forget(job);
    }
}

void JobScheduler::stopRunning()
{
    for (Job *job : std::as_const(m_jobs)) {
        if (job->state() == remote::JobState::Running)
            job->cancel();
    }
}

void JobScheduler::forgetFinished(qint64 ageMs)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        Job *job = it.value();
        if (job->state() == remote::JobState::Finished && job->finishedSinceMs() >= ageMs) {
            it = m_jobs.erase(it);
            job->deleteLater();
        } else {
            ++it;
        }
    }
}

} // namespace server
