#include "Job.h"

#include <algorithm>

namespace server {

Job::Job(QString id, QString owner, runner::RunRequest request, QObject *parent)
    : QObject(parent), m_id(std::move(id)), m_owner(std::move(owner)), m_request(std::move(request)),
      m_inputAccepted(m_request.stdinData.size())
{
    m_clock.start();
}

bool Job::writeInput(const QByteArray &data)
{
    if (m_state == remote::JobState::Finished || m_inputClosed)
        return true;
    if (pendingInputBytes() + data.size() > remote::kStdinWindowBytes)
        return false;
    // Counted before the session sees it: a session may take it, and say so, at once.
    m_inputAccepted += data.size();
    if (m_session)
        m_session->writeInput(data);
    else
        m_request.stdinData += data; // still queued: it becomes part of the initial input
    return true;
}

void Job::closeInput()
{
    if (m_state == remote::JobState::Finished || m_inputClosed)
        return;
    m_inputClosed = true;
    if (m_session)
        m_session->closeInput();
    else
        m_request.keepStdinOpen = false;
}

void Job::cancel()
{
    if (m_state == remote::JobState::Finished)
        return;
    if (m_session) {
        m_session->stop();
        return;
    }
    onFinished(runner::resultWithoutRun(m_request, runner::RunStatus::Cancelled,
                                        QStringLiteral("cancelled before it started")));
}

void Job::fail(const QString &reason)
{
    if (m_state == remote::JobState::Finished)
        return;
    if (m_session) {
        // The run's own result (cancelled) will carry the reason in the log; stopping is what matters.
        m_session->stop();
        return;
    }
    onFinished(runner::resultWithoutRun(m_request, runner::RunStatus::InternalError, reason));
}

void Job::run(runner::RunSession *session)
{
    Q_ASSERT(m_state == remote::JobState::Queued);
    m_session = session;
    session->setParent(this);
    connect(session, &runner::RunSession::outputReceived, this, &Job::onOutput);
    connect(session, &runner::RunSession::inputRequested, this, &Job::inputRequested);
    connect(session, &runner::RunSession::phaseChanged, this, [this](runner::RunPhase phase) {
        Q_EMIT phaseChanged(phase == runner::RunPhase::Compiling ? remote::JobPhase::Compiling : remote::JobPhase::Running);
    });
    connect(session, &runner::RunSession::inputTaken, this, &Job::onInputTaken);
    connect(session, &runner::RunSession::finished, this, &Job::onFinished);
    m_state = remote::JobState::Running;
    m_runClock.start();
    Q_EMIT stateChanged(m_state);
    session->start(m_request);
    if (m_inputClosed)
        session->closeInput();
}

void Job::onInputTaken(qint64 totalBytes)
{
    // The session counts from the request's stdinData, which is everything accepted before the run.
    const qint64 taken = std::min(totalBytes, m_inputAccepted);
    if (taken <= m_inputTaken)
        return;
    m_inputTaken = taken;
    if (m_inputTaken - m_inputReported >= kInputTakenStep
        || (m_inputTaken == m_inputAccepted && m_inputTaken > m_inputReported)) {
        m_inputReported = m_inputTaken;
        Q_EMIT inputTaken(m_inputTaken);
    }
}

void Job::onOutput(runner::OutputChannel channel, const QByteArray &data)
{
    const bool isStdout = channel == runner::OutputChannel::Stdout;
    const QByteArray text = (isStdout ? m_stdoutChunker : m_stderrChunker).take(data);
    if (!text.isEmpty())
        appendChunk(isStdout ? remote::Stream::Stdout : remote::Stream::Stderr, text);
}

void Job::appendChunk(remote::Stream stream, const QByteArray &data)
{
    OutputChunk chunk{m_nextSeq++, stream, data};
    m_output.append(chunk);
    Q_EMIT outputAppended(chunk);
}

void Job::onFinished(const runner::RunResult &result)
{
    if (m_state == remote::JobState::Finished)
        return;
    // Bytes of an incomplete character at the very end are still output.
    if (QByteArray rest = m_stdoutChunker.flush(); !rest.isEmpty())
        appendChunk(remote::Stream::Stdout, rest);
    if (QByteArray rest = m_stderrChunker.flush(); !rest.isEmpty())
        appendChunk(remote::Stream::Stderr, rest);
    m_result = result;
    if (m_runClock.isValid())
        m_runMs = double(m_runClock.nsecsElapsed()) / 1e6;
    m_state = remote::JobState::Finished;
    m_finishedClock.start();
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session.clear();
    }
    Q_EMIT stateChanged(m_state);
    Q_EMIT finished(result);
}

} // namespace server
