#pragma once

#include <runner/RunSession.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringDecoder>

#include <functional>

namespace app {

// Creates the session a run goes through (TargetSessionFactory: a local sandbox run or a
// remote::RemoteRunSession, by the settings). The controller owns what the factory returns.
using RunSessionFactory = std::function<runner::RunSession *(QObject *parent)>;

// One run at a time for a window: starts it through the factory, decodes its output, relays input and
// Stop. It holds no widget, so the same controller drives local and remote runs and is easy to test.
class RunController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Stopping };
    Q_ENUM(State)

    explicit RunController(RunSessionFactory factory, QObject *parent = nullptr);
    ~RunController() override;

    void setFactory(RunSessionFactory factory);
    const RunSessionFactory &factory() const { return m_factory; }
    // False (and nothing happens) when a run is already going.
    bool start(const runner::RunRequest &request);
    void sendLine(const QString &line);
    void sendEndOfInput();
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }
    bool isWaitingForInput() const { return m_waitingForInput; }
    // Compiling (C++, Java before their program starts) or Running; Running when idle.
    runner::RunPhase phase() const { return m_phase; }
    // How long the current (or last) run waited for the user to type: from the session saying the
    // program blocks on its input to the line (or the end of input) the user sent.
    qint64 inputWaitMs() const { return m_inputWaitMs; }
    const runner::RunRequest &request() const { return m_request; }

Q_SIGNALS:
    void stateChanged(app::RunController::State state);
    void started();
    void output(runner::OutputChannel channel, const QString &text);
    void inputRequested();
    // The program started or stopped waiting for input (for the status bar).
    void waitingForInputChanged(bool waiting);
    void phaseChanged(runner::RunPhase phase);
    void finished(const runner::RunResult &result);

private:
    void setState(State state);
    void setWaitingForInput(bool waiting);
    void onOutput(runner::OutputChannel channel, const QByteArray &data);
    void onFinished(const runner::RunResult &result);

    RunSessionFactory m_factory;
    QPointer<runner::RunSession> m_session;
    runner::RunRequest m_request;
    State m_state = State::Idle;
    bool m_waitingForInput = false;
    runner::RunPhase m_phase = runner::RunPhase::Running;
    bool m_inputClosed = false;
    QElapsedTimer m_waitClock;
    qint64 m_inputWaitMs = 0;
    // One decoder per stream, so a UTF-8 character split across two chunks still decodes.
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
};

} // namespace app
