#include "AgentRunSession.h"

namespace runner {

AgentRunSession::AgentRunSession(AgentMode mode, RunSession *transport, QObject *parent)
    : RunSession(parent)
    , m_mode(mode)
    , m_agent(new AgentSession(transport, this))
{
    connect(m_agent, &AgentSession::started, this, &RunSession::started);
    connect(m_agent, &AgentSession::outputReceived, this, [this](OutputChannel channel, const QString &text) {
        Q_EMIT outputReceived(channel, text.toUtf8());
    });
    connect(m_agent, &AgentSession::inputRequested, this, &RunSession::inputRequested);
    connect(m_agent, &AgentSession::finished, this, [this](const RunResult &result) {
        m_running = false;
        Q_EMIT finished(result);
    });
}

void AgentRunSession::start(const RunRequest &request)
{
    AgentRequest agentRequest;
    agentRequest.mode = m_mode;
    agentRequest.run = request;
    agentRequest.breakpoints = m_breakpoints;
    agentRequest.stopOnException = m_stopOnException;
    m_running = true;
    m_agent->start(agentRequest);
}

void AgentRunSession::writeInput(const QByteArray &data)
{
    m_agent->writeInput(QString::fromUtf8(data));
    Q_EMIT inputTaken(data.size());
}

void AgentRunSession::closeInput()
{
    m_agent->closeInput();
}

void AgentRunSession::stop()
{
    m_agent->stop();
}

} // namespace runner
