#include "RunController.h"

namespace app {

RunController::RunController(RunSessionFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
}

RunController::~RunController()
{
    // A window closing mid-run must not leave the sandbox running.
    if (m_session) {
        m_session->disconnect(this);
        m_session->stop();
    }
}

void RunController::setFactory(RunSessionFactory factory)
{
    m_factory = std::move(factory);
}

bool RunController::start(const runner::RunRequest &request)
{
    if (isRunning() || !m_factory)
        return false;
    runner::RunSession *session = m_factory(this);
    if (!session)
        return false;
    m_session = session;
    m_request = request;
    m_waitingForInput = false;
    m_inputWaitMs = 0;
    m_inputClosed = false;
    m_stdoutDecoder.resetState();
    m_stderrDecoder.resetState();
    connect(session, &runner::RunSession::started, this, &RunController::started);
    connect(session, &runner::RunSession::outputReceived, this, &RunController::onOutput);
    connect(session, &runner::RunSession::inputRequested, this, [this] {
        setWaitingForInput(true);
        Q_EMIT inputRequested();
    });
    connect(session, &runner::RunSession::phaseChanged, this, [this](runner::RunPhase phase) {
        m_phase = phase;
        Q_EMIT phaseChanged(phase);
    });
    connect(session, &runner::RunSession::finished, this, &RunController::onFinished);
    m_phase = runner::RunPhase::Running;
    setState(State::Running);
    session->start(request);
    return true;
}

void RunController::sendLine(const QString &line)
{
    if (!m_session || m_state != State::Running || m_inputClosed)
        return;
    setWaitingForInput(false);
    m_session->writeInput(line.toUtf8() + '\n');
}

void RunController::sendEndOfInput()
{
    if (!m_session || m_state != State::Running || m_inputClosed)
        return;
    m_inputClosed = true;
    setWaitingForInput(false);
    m_session->closeInput();
}

void RunController::stop()
{
    if (!m_session || m_state != State::Running)
        return;
    setState(State::Stopping);
    m_session->stop();
}

void RunController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RunController::setWaitingForInput(bool waiting)
{
    if (m_waitingForInput == waiting)
        return;
    m_waitingForInput = waiting;
    // Measured here, not by the sandbox: only the IDE knows when the user answered.
    if (waiting)
        m_waitClock.start();
    else
        m_inputWaitMs += m_waitClock.elapsed();
    Q_EMIT waitingForInputChanged(waiting);
}

void RunController::onOutput(runner::OutputChannel channel, const QByteArray &data)
{
    QStringDecoder &decoder = channel == runner::OutputChannel::Stdout ? m_stdoutDecoder : m_stderrDecoder;
    const QString text = decoder.decode(data);
    if (!text.isEmpty())
        Q_EMIT output(channel, text);
}

void RunController::onFinished(const runner::RunResult &result)
{
    runner::RunSession *session = m_session;
    m_session = nullptr;
    setWaitingForInput(false);
    if (session) {
        session->disconnect(this);
        // Still inside the session's own signal: delete it once it has returned.
        session->deleteLater();
    }
    m_phase = runner::RunPhase::Running;
    setState(State::Idle);
    Q_EMIT finished(result);
}

} // namespace app
