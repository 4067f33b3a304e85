#pragma once

#include <runner/RunSession.h>

#include <QPointer>

// A scripted run session: the test decides what the "program" prints and when it ends. Lets the
// window's behaviour be checked exactly, independent of the sandbox.
class FakeRunSession : public runner::RunSession
{
    Q_OBJECT
public:
    using RunSession::RunSession;

    void start(const runner::RunRequest &request) override
    {
        m_request = request;
        m_running = true;
        Q_EMIT started();
    }
    void writeInput(const QByteArray &data) override { m_input += data; }
    void closeInput() override { m_inputClosed = true; }
    qint64 pendingInputBytes() const override { return 0; } // it takes everything at once
    void stop() override
    {
        runner::RunResult result;
        result.status = runner::RunStatus::Cancelled;
        finish(result);
    }
    bool isRunning() const override { return m_running; }

    void print(const QByteArray &data) { Q_EMIT outputReceived(runner::OutputChannel::Stdout, data); }
    void printError(const QByteArray &data) { Q_EMIT outputReceived(runner::OutputChannel::Stderr, data); }
    void finish(runner::RunResult result)
    {
        if (!m_running)
            return;
        m_running = false;
        Q_EMIT finished(result);
    }

    runner::RunRequest m_request;
    QByteArray m_input;
    bool m_inputClosed = false;
    bool m_running = false;
};
