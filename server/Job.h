#pragma once

#include <remote/Protocol.h>
#include <remote/Utf8Chunker.h>
#include <runner/RunSession.h>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace server {

struct OutputChunk
{
    qint64 seq = 0;
    remote::Stream stream = remote::Stream::Stdout;
    QByteArray data; // whole UTF-8 characters
};

// One accepted job while it lives in memory: queued, running, and a short while after it finished so
// that a client reconnecting can `attach` and get the output it missed.
class Job : public QObject
{
    Q_OBJECT
public:
    Job(QString id, QString owner, runner::RunRequest request, QObject *parent = nullptr);

    const QString &id() const { return m_id; }
    const QString &owner() const { return m_owner; }
    const runner::RunRequest &request() const { return m_request; }
    remote::JobState state() const { return m_state; }
    const QList<OutputChunk> &output() const { return m_output; }
    const std::optional<runner::RunResult> &result() const { return m_result; }
    qint64 queuedMs() const { return m_clock.elapsed(); }
    double runMs() const { return m_runMs; }
    qint64 finishedSinceMs() const { return m_finishedClock.isValid() ? m_finishedClock.elapsed() : -1; }

    // Standard input accepted for the job (the submission's included) that its run has not taken yet.
    // It is bounded by remote::kStdinWindowBytes, not the input's total: a program that never reads
    // costs the server at most the window, and one that reads may be given any amount.
    qint64 pendingInputBytes() const { return m_inputAccepted - m_inputTaken; }
    // False (and nothing is sent) when `data` would take the pending input past the window.
    bool writeInput(const QByteArray &data);
    void closeInput();
    // A queued job finishes at once as `cancelled`; a running one is stopped.
    void cancel();
    // Finishes a job that never ran (shutdown, recovery) with an internal_error and this reason.
    void fail(const QString &reason);

    // Called by the scheduler: runs the job in `session` (which the job then owns).
    void run(runner::RunSession *session);

Q_SIGNALS:
    void stateChanged(remote::JobState state);
    void outputAppended(const server::OutputChunk &chunk);
    void inputRequested();
    // The run began compiling or running (a compiled language compiles first).
    void phaseChanged(remote::JobPhase phase);
    // The run took input: `taken` bytes so far. Emitted once kInputTakenStep more was taken, or when
    // everything accepted was, so a client waiting for room hears of it and one that is not is not
    // flooded.
    void inputTaken(qint64 taken);
    void finished(const runner::RunResult &result);

private:
    static constexpr qint64 kInputTakenStep = remote::kStdinWindowBytes / 4;

    void onOutput(runner::OutputChannel channel, const QByteArray &data);
    void onInputTaken(qint64 totalBytes);
    void onFinished(const runner::RunResult &result);
    void appendChunk(remote::Stream stream, const QByteArray &data);

    QString m_id;
    QString m_owner;
    runner::RunRequest m_request;
    remote::JobState m_state = remote::JobState::Queued;
    QPointer<runner::RunSession> m_session;
    QList<OutputChunk> m_output;
    std::optional<runner::RunResult> m_result;
    remote::Utf8Chunker m_stdoutChunker;
    remote::Utf8Chunker m_stderrChunker;
    QElapsedTimer m_clock;
    QElapsedTimer m_runClock;
    QElapsedTimer m_finishedClock;
    double m_runMs = 0;
    qint64 m_nextSeq = 1;
    bool m_inputClosed = false;
    qint64 m_inputAccepted = 0;
    qint64 m_inputTaken = 0;
    qint64 m_inputReported = 0;
};

} // namespace server
