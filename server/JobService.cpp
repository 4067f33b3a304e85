#include "JobService.h"

#include <runner/Language.h>
#include "Log.h"

#include "Database.h"

#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace server {

namespace {
constexpr qint64 kKeepFinishedInMemoryMs = 60'000; // long enough for a client to reconnect and attach
constexpr int kHousekeepingIntervalMs = 5'000;
constexpr qint64 kLongestExpiryIntervalMs = 10 * 60'000;
// Orphans taken over per sweep: a replica takes its share and leaves the rest to the others.
constexpr int kTakeOverBatch = 256;

// Unique per process: a replica restarted under the same host name must not mistake its
// predecessor's jobs for its own.
QString newReplicaId()
{
    return QStringLiteral("%1/%2").arg(QSysInfo::machineHostName().left(64),
                                       QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}
} // namespace

JobService::JobService(const ServerConfig &config, ServerLanguages languages, JobScheduler::SessionFactory factory,
                       Metrics &metrics, RateLimiter &rateLimiter, QObject *parent)
    : QObject(parent), m_config(config), m_languages(std::move(languages)), m_metrics(metrics),
      m_store(newReplicaId(), qint64(config.leaseSeconds) * 1000), m_rateLimiter(rateLimiter),
      m_scheduler(new JobScheduler(config.effectiveWorkers(), config.effectiveQueueCapacity(), std::move(factory), this)),
      m_shared(Database::isShared())
{
    m_scheduler->setClaim([this](Job *job) { return m_store.claim(job->id()); });
    connect(m_scheduler, &JobScheduler::jobStarted, this, &JobService::onJobStarted);
    connect(m_scheduler, &JobScheduler::jobFinished, this, &JobService::onJobFinished);
    m_metrics.addGaugeSource([this] {
        return QList<QPair<QString, double>>{
            {QStringLiteral("code_remote_queue_depth"), double(m_scheduler->queued())},
            {QStringLiteral("code_remote_queue_capacity"), double(m_scheduler->queueCapacity())},
            {QStringLiteral("code_remote_jobs_running"), double(m_scheduler->running())},
            {QStringLiteral("code_remote_workers"), double(m_scheduler->workers())},
            // Every replica's queued jobs: what a HorizontalPodAutoscaler scales on.
            {QStringLiteral("code_remote_database_queue_depth"), double(m_store.queuedCount())},
        };
    });
    connect(&m_housekeeping, &QTimer::timeout, this,
            [this] { m_scheduler->forgetFinished(std::min(kKeepFinishedInMemoryMs, m_config.jobRetentionMs())); });
    m_housekeeping.start(kHousekeepingIntervalMs);
    // Deleting is only housekeeping (lookups already hide expired jobs), so a few times per retention
    // period is enough, and at most every second for the tiny retention times tests use.
    connect(&m_expiry, &QTimer::timeout, this, &JobService::expire);
    m_expiry.start(int(std::clamp<qint64>(m_config.jobRetentionMs() / 2, 1'000, kLongestExpiryIntervalMs)));
    // Renewed three times per lease: two renewals may fail (a slow database) before the lease runs out.
    connect(&m_leases, &QTimer::timeout, this, [this] {
        if (m_store.renewLeases() < 0) {
            Log::warning(QStringLiteral("db.lease_renewal_failed"), {{QStringLiteral("replica"), m_store.replica()}});
            if (m_shared)
                reconnect();
        }
        if (m_shared) {
            recoverExpired(false);
            applyControls(); // requests whose notification was lost
        }
    });
    m_leases.start(int(m_store.leaseMs() / 3));
    if (m_shared) {
        QSqlDriver *driver = Database::connection().driver();
        connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name == m_store.controlChannel())
                applyControls();
            else if (name.startsWith(JobStore::notifyChannelPrefix()))
                Q_EMIT remoteJobChanged(name.mid(JobStore::notifyChannelPrefix().size()));
        });
        if (!driver->subscribeToNotification(m_store.controlChannel()))
            Log::warning(QStringLiteral("db.listen_failed"), {{QStringLiteral("channel"), m_store.controlChannel()}}); // the lease timer polls
    }
}

void JobService::applyControls()
{
    const QHash<QString, int> controls = m_store.requestedControls();
    for (auto it = controls.cbegin(); it != controls.cend(); ++it) {
        Job *job = m_scheduler->find(it.key());
        if (!job || job->state() == remote::JobState::Finished)
            continue;
        int &applied = m_controlsApplied[it.key()];
        const int fresh = it.value() & ~applied;
        if (fresh == 0)
            continue;
        applied |= fresh;
        Log::info(QStringLiteral("job.remote_control"), {{QStringLiteral("job_id"), job->id()}, {QStringLiteral("control"), fresh}});
        if (fresh & JobStore::Cancel)
            job->cancel();
        else if (fresh & JobStore::CloseInput)
            job->closeInput();
    }
}

std::shared_ptr<void> JobService::watchRemote(const QString &id)
{
    if (!m_shared)
        return nullptr;
    if (m_remoteWatchers[id]++ == 0 && !Database::connection().driver()->subscribeToNotification(JobStore::notifyChannel(id)))
        Log::warning(QStringLiteral("db.listen_failed"), {{QStringLiteral("job_id"), id}}); // followers poll as well
    QPointer<JobService> self(this);
    return std::shared_ptr<void>(nullptr, [self, id](void *) {
        if (self)
            self->unwatchRemote(id);
    });
}

void JobService::reconnect()
{
    // A database restarted or a connection cut by the network: Qt does not reconnect by itself.
    if (const QString error = Database::reconnect(); !error.isEmpty()) {
        Log::warning(QStringLiteral("db.reconnect_failed"), {{QStringLiteral("message"), error}});
        return;
    }
    Log::info(QStringLiteral("db.reconnected"));
    QSqlDriver *driver = Database::connection().driver();
    driver->subscribeToNotification(m_store.controlChannel());
    for (auto it = m_remoteWatchers.cbegin(); it != m_remoteWatchers.cend(); ++it)
        driver->subscribeToNotification(JobStore::notifyChannel(it.key()));
}

void JobService::unwatchRemote(const QString &id)
{
    auto it = m_remoteWatchers.find(id);
    if (it == m_remoteWatchers.end() || --it.value() > 0)
        return;
    m_remoteWatchers.erase(it);
    Database::connection().driver()->unsubscribeFromNotification(JobStore::notifyChannel(id));
}

void JobService::hold(Job *job)
{
    if (m_shared) {
        // Stored in order as it is produced, for clients that follow the job from another replica.
        connect(job, &Job::outputAppended, this, [this, job](const OutputChunk &chunk) {
            if (const QString error = m_store.appendOutput(job->id(), chunk); !error.isEmpty())
                Log::event(LogLevel::Error, QStringLiteral("db.error"), {{QStringLiteral("message"), error}});
        });
    }
    m_scheduler->enqueue(job);
}

std::optional<remote::Error> JobService::buildRequest(const remote::Submission &submission,
                                                      runner::RunRequest &request) const
{
    if (auto refusal = m_languages.refusal(submission.language))
        return refusal;
    const QString profileName = submission.profile.isEmpty() ? m_config.defaultProfile : submission.profile;
    const auto profile = runner::profileFromName(profileName);
    if (!profile || !profiles().contains(profileName)) {
        return remote::Error{remote::ErrorCode::InvalidLimits,
                             QStringLiteral("this server runs programs in the %1 profile only").arg(m_config.defaultProfile),
                             0};
    }
    request.language = submission.language;
    if (!submission.standard.isEmpty()) {
        const runner::Language *language = runner::LanguageRegistry::builtin().find(submission.language);
        const QStringList standards = language ? language->standards : QStringList();
        if (!standards.contains(submission.standard))
            return remote::Error{remote::ErrorCode::UnknownStandard,
                                 standards.isEmpty()
                                     ? QStringLiteral("%1 takes no language standard").arg(submission.language)
                                     : QStringLiteral("unknown standard \"%1\" (known: %2)")
                                           .arg(submission.standard, standards.join(QStringLiteral(", "))),
                                 0};
        request.languageStandard = submission.standard;
    }
    request.source = submission.code.toUtf8();
    if (const QString tooLarge = runner::sourceSizeError(*profile, request.source.size()); !tooLarge.isEmpty())
        return remote::Error{remote::ErrorCode::CodeTooLarge, tooLarge, 0};
    request.stdinData = submission.stdinData;
    request.keepStdinOpen = submission.keepStdinOpen;
    request.policy.profile = *profile;
    // Defaults are the server's maximum for the language; a client can only lower them.
    const runner::Limits maximum = m_config.maxLimitsFor(submission.language);
    request.policy.limits = submission.limits.applyTo(maximum).cappedBy(maximum);
    if (const QString error = request.policy.validate(); !error.isEmpty())
        return remote::Error{remote::ErrorCode::InvalidLimits, error, 0};
    if (!submission.session.isEmpty())
        return buildSessionRequest(submission, request);
    return std::nullopt;
}

std::optional<remote::Error> JobService::buildSessionRequest(const remote::Submission &submission,
                                                             runner::RunRequest &request) const
{
    // The agent's run is built here from the checked code, never taken from the client: the bootstrap
    // carries the agent and the strict guard, which a client must not be able to replace.
    const auto mode = remote::sessionFromName(submission.session);
    if (!mode || !sessions().contains(submission.session))
        return remote::Error{remote::ErrorCode::BadMessage,
                             QStringLiteral("this server has no %1 sessions").arg(submission.session), 0};
    // A session's standard input is the agent's command channel: the program's input travels as
    // `input` commands, so raw input with the submission would be taken for commands.
    if (!submission.stdinData.isEmpty())
        return remote::Error{remote::ErrorCode::BadMessage,
                             QStringLiteral("a session takes its input as commands, not with the submission"), 0};
    runner::AgentRequest agent;
    agent.mode = *mode;
    agent.run = request;
    agent.breakpoints = submission.breakpoints;
    agent.stopOnException = submission.stopOnException;
    // A paused program or an idle prompt holds a run slot for as long as it lives.
    agent.sessionMs = qint64(m_config.maxSessionSeconds) * 1000;
    agent.idleMs = std::min(agent.idleMs, agent.sessionMs);
    QString error;
    request = runner::agentRunRequest(agent, error);
    if (request.source.isEmpty())
        return remote::Error{remote::ErrorCode::BadMessage, error, 0};
    return std::nullopt;
}

QStringList JobService::sessions() const
{
    // The agent is Python's (bdb machinery and its console).
    if (m_languages.refusal(QStringLiteral("python")))
        return {};
    return {remote::sessionName(runner::AgentMode::Debug), remote::sessionName(runner::AgentMode::Shell)};
}

QStringList JobService::profiles() const
{
    QStringList names{m_config.defaultProfile};
    const QString standard = runner::profileName(runner::Profile::Standard);
    if (m_config.allowStandardProfile && !names.contains(standard))
        names.append(standard);
    return names;
}

QJsonArray JobService::languagesJson() const
{
    QJsonArray languages = m_languages.toJson();
    for (qsizetype i = 0; i < languages.size(); ++i) {
        QJsonObject language = languages.at(i).toObject();
        const runner::Limits maximum = m_config.maxLimitsFor(language.value(QStringLiteral("id")).toString());
        language.insert(QStringLiteral("max_limits"),
                        QJsonObject{{QStringLiteral("wall_ms"), maximum.wallMs},
                                    {QStringLiteral("cpu_ms"), maximum.effectiveCpuMs()},
                                    {QStringLiteral("memory_mb"), maximum.memoryBytes / (1024 * 1024)},
                                    {QStringLiteral("output_kb"), maximum.outputBytes / 1024}});
        // What a job's compile step gets (a client cannot ask for other compile limits): the server's
        // compile maxima, and the sandbox's fixed share of processes and compiler output.
        const runner::Language *entry = runner::LanguageRegistry::builtin().find(language.value(QStringLiteral("id")).toString());
        if (entry && entry->compile) {
            namespace defaults = sandbox::contract::defaults;
            language.insert(QStringLiteral("compile_limits"),
                            QJsonObject{{QStringLiteral("wall_ms"), maximum.compileWallMs},
                                        {QStringLiteral("memory_mb"), maximum.compileMemoryBytes / (1024 * 1024)},
                                        {QStringLiteral("processes"), qint64(defaults::kCompileProcesses)},
                                        {QStringLiteral("output_kb"), qint64(defaults::kCompileOutputBytes / 1024)}});
        }
        languages[i] = language;
    }
    return languages;
}

JobService::Submitted JobService::submit(const QString &owner, const remote::Submission &submission)
{
    auto reject = [this](remote::Error error) {
        m_metrics.jobRejected(remote::errorCodeName(error.code));
        return Submitted{nullptr, std::move(error)};
    };
    if (!m_accepting)
        return reject({remote::ErrorCode::ShuttingDown, QStringLiteral("the server is shutting down"), 5});

    runner::RunRequest request;
    if (auto error = buildRequest(submission, request))
        return reject(*error);
    if (const int wait = m_rateLimiter.acquire(owner); wait > 0)
        return reject({remote::ErrorCode::RateLimited,
                       QStringLiteral("too many submissions for this token; retry in %1 s").arg(wait), wait});
    // On a shared database the token's jobs on every replica count.
    if (m_config.maxJobsPerToken > 0
        && (m_shared ? m_store.activeJobsOf(owner) : m_scheduler->activeJobsOf(owner)) >= m_config.maxJobsPerToken)
        return reject({remote::ErrorCode::TooManyJobs,
                       QStringLiteral("this token already has %1 jobs queued or running").arg(m_config.maxJobsPerToken),
                       m_scheduler->estimatedWaitSeconds()});
    if (!m_scheduler->hasRoom()) {
        const int wait = m_scheduler->estimatedWaitSeconds();
        return reject({remote::ErrorCode::Busy,
                       QStringLiteral("the server is busy (%1 jobs waiting); retry in %2 s").arg(m_scheduler->queued()).arg(wait),
                       wait});
    }

    StoredJob stored;
    stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.owner = owner;
    stored.request = JobStore::submissionToJson(submission);
    stored.createdAt = QDateTime::currentDateTimeUtc();
    // Written before it is acknowledged: an accepted job survives a crash.
    if (const QString error = m_store.insert(stored); !error.isEmpty()) {
        Log::event(LogLevel::Error, QStringLiteral("db.error"), {{QStringLiteral("message"), error}});
        return reject({remote::ErrorCode::Internal, QStringLiteral("the job could not be stored"), 0});
    }
    auto *job = new Job(stored.id, owner, request);
    m_metrics.jobSubmitted();
    hold(job);
    Q_EMIT jobAccepted(job);
    return {job, std::nullopt};
}

Job *JobService::liveJob(const QString &owner, const QString &id) const
{
    Job *job = m_scheduler->find(id);
    if (!job || job->owner() != owner)
        return nullptr;
    if (job->state() == remote::JobState::Finished && job->finishedSinceMs() > m_config.jobRetentionMs())
        return nullptr;
    return job;
}

std::optional<StoredJob> JobService::storedJob(const QString &owner, const QString &id) const
{
    auto job = m_store.find(id);
    if (!job || job->owner != owner)
        return std::nullopt;
    if (job->state == remote::JobState::Finished && job->finishedAt
        && job->finishedAt->msecsTo(QDateTime::currentDateTimeUtc()) > m_config.jobRetentionMs())
        return std::nullopt;
    return job;
}

void JobService::onJobStarted(Job *job)
{
    Log::debug(QStringLiteral("job.started"), {{QStringLiteral("job_id"), job->id()}, {QStringLiteral("replica"), m_store.replica()}});
}

void JobService::onJobFinished(Job *job)
{
    m_controlsApplied.remove(job->id());
    const runner::RunResult result = job->result().value_or(runner::RunResult());
    const QJsonObject json = result.toJson();
    if (const QString error = m_store.markFinished(job->id(), json); error == JobStore::notHeldError())
        Log::warning(QStringLiteral("job.not_held"), {{QStringLiteral("job_id"), job->id()}}); // taken over: its result is not ours to write
    else if (!error.isEmpty())
        Log::event(LogLevel::Error, QStringLiteral("db.error"), {{QStringLiteral("message"), error}});
    const double totalSeconds = double(job->queuedMs()) / 1000.0;
    m_metrics.jobFinished(runner::statusName(result.status), job->runMs() / 1000.0, totalSeconds);
    Log::info(QStringLiteral("job.finished"), {{QStringLiteral("job_id"), job->id()},
                                               {QStringLiteral("owner"), job->owner()},
                                               {QStringLiteral("status"), runner::statusName(result.status)},
                                               {QStringLiteral("run_ms"), qRound(job->runMs() * 10) / 10.0},
                                               {QStringLiteral("total_ms"), job->queuedMs()}});
    if (m_shutdownDone && m_scheduler->running() == 0 && m_scheduler->queued() == 0) {
        auto done = std::move(m_shutdownDone);
        m_shutdownDone = nullptr;
        QTimer::singleShot(0, this, done);
    }
}

void JobService::recover()
{
    // One process on SQLite: whatever is unfinished was left by a previous process, whose leases may
    // not have run out yet. On a shared database only expired leases are orphans.
    recoverExpired(!m_shared);
}

void JobService::recoverExpired(bool everyJob)
{
    int failed = 0, requeued = 0;
    for (const StoredJob &stored : m_store.takeOverExpired(kTakeOverBatch, everyJob)) {
        const remote::Submission submission = JobStore::submissionFromJson(stored.request);
        runner::RunRequest request;
        const auto error = buildRequest(submission, request);
        // A job that had started may have produced output a client saw, and spent its time; running
        // it again would show that output twice, so it fails with the reason and the client decides.
        // One that never started has shown nothing: it runs here, for the first time.
        // A session is never run again: its client, who drove it, is gone with the old process.
        if (stored.state == remote::JobState::Running || error || !submission.session.isEmpty()) {
            runner::RunResult result;
            result.status = runner::RunStatus::InternalError;
            result.language = submission.language;
            result.profile = runner::profileName(request.policy.profile);
            result.message = error ? error->message
                             : !submission.session.isEmpty()
                                 ? QStringLiteral("interrupted: a debug or shell session does not survive a server restart")
                             : m_shared ? QStringLiteral("interrupted: the server replica running the job stopped; submit it again")
                                              : QStringLiteral("interrupted: the server stopped while the job was running; submit it again");
            if (m_store.markFinished(stored.id, result.toJson()).isEmpty()) {
                m_metrics.jobFinished(runner::statusName(result.status), 0, 0);
                ++failed;
            }
        } else {
            hold(new Job(stored.id, stored.owner, request));
            ++requeued;
        }
    }
    if (failed + requeued > 0)
        Log::info(QStringLiteral("jobs.recovered"), {{QStringLiteral("failed"), failed}, {QStringLiteral("requeued"), requeued}});
}

void JobService::expire()
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMSecs(-m_config.jobRetentionMs());
    if (const int removed = m_store.expireFinishedBefore(cutoff); removed > 0)
        Log::info(QStringLiteral("jobs.expired"), {{QStringLiteral("count"), removed}});
}

void JobService::shutdown(int graceMs, std::function<void()> done)
{
    m_accepting = false;
    if (m_shared) {
        // The other replicas run them: dropped here first, so that none starts while being handed over.
        m_scheduler->dropQueued();
        const int released = m_store.releaseQueued();
        Log::info(QStringLiteral("jobs.released"), {{QStringLiteral("count"), released}});
    } else {
        m_scheduler->failQueued(QStringLiteral("the server shut down before the job started; submit it again"));
    }
    if (m_scheduler->running() == 0) {
        QTimer::singleShot(0, this, done);
        return;
    }
    m_shutdownDone = std::move(done);
    QTimer::singleShot(graceMs, this, [this] {
        if (m_shutdownDone) {
            Log::warning(QStringLiteral("shutdown.stopping_jobs"), {{QStringLiteral("running"), m_scheduler->running()}});
            m_scheduler->stopRunning();
        }
    });
}

} // namespace server
