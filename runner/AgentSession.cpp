#include "AgentSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace runner {

namespace {
QString eventName(const QJsonObject &message)
{
    return message.value(QStringLiteral("ev")).toString();
}
} // namespace

AgentSession::AgentSession(RunSession *run, QObject *parent)
    : QObject(parent)
    , m_run(run)
{
    run->setParent(this);
    m_commandTimer.setSingleShot(true);
    connect(&m_commandTimer, &QTimer::timeout, this, [this] {
        m_commandOverran = true;
        if (m_run)
            m_run->stop();
    });
    connect(run, &RunSession::started, this, &AgentSession::started);
    connect(run, &RunSession::outputReceived, this, [this](OutputChannel channel, const QByteArray &data) {
        if (channel == OutputChannel::Stdout)
            consumeStdout(data);
        else // raw descriptor writes and child processes: not the agent's frames
            Q_EMIT outputReceived(OutputChannel::Stderr, QString::fromUtf8(data));
    });
    connect(run, &RunSession::finished, this, &AgentSession::onFinished);
}

bool AgentSession::isRunning() const
{
    return m_run && m_run->isRunning();
}

void AgentSession::start(const AgentRequest &request)
{
    m_request = request;
    m_violations = {};
    m_commandOverran = false;
    if (m_starter) {
        m_starter(request);
    } else {
        QString error;
        const RunRequest run = agentRunRequest(request, error);
        if (run.source.isEmpty()) {
            RunResult result = resultWithoutRun(request.run, RunStatus::InternalError, error);
            QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
            return;
        }
        m_run->start(run);
    }
    if (!request.run.stdinData.isEmpty())
        writeInput(QString::fromUtf8(request.run.stdinData));
    if (request.mode == AgentMode::Shell && !request.run.source.isEmpty())
        m_commandTimer.start(int(shellCommandSeconds(request) * 1000) + kCommandGraceMs);
}

void AgentSession::send(const QJsonObject &command)
{
    if (m_run && m_run->isRunning())
        m_run->writeInput(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
}

int AgentSession::sendRequest(QJsonObject command)
{
    const int id = m_nextRequest++;
    command.insert(QStringLiteral("req"), id);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] {
        if (QTimer *t = m_pending.take(id))
            t->deleteLater();
        Q_EMIT requestTimedOut(id);
    });
    timer->start(kRequestTimeoutMs);
    m_pending.insert(id, timer);
    send(command);
    return id;
}

void AgentSession::resume(const QString &kind)
{
    if (kind == QLatin1String("continue"))
        send({{QStringLiteral("cmd"), QStringLiteral("continue")}});
    else
        send({{QStringLiteral("cmd"), QStringLiteral("step")}, {QStringLiteral("kind"), kind}});
    Q_EMIT resumed();
}

void AgentSession::pause()
{
    send({{QStringLiteral("cmd"), QStringLiteral("pause")}});
}

void AgentSession::setBreakpoints(const QList<Breakpoint> &breakpoints)
{
    m_request.breakpoints = breakpoints;
    QJsonArray lines;
    for (const Breakpoint &breakpoint : breakpoints) {
        QJsonObject item{{QStringLiteral("line"), breakpoint.line}};
        if (!breakpoint.condition.trimmed().isEmpty())
            item.insert(QStringLiteral("condition"), breakpoint.condition);
        lines.append(item);
    }
    send({{QStringLiteral("cmd"), QStringLiteral("breakpoints")}, {QStringLiteral("lines"), lines}});
}

int AgentSession::requestVariables(int frame, const QString &scope, int start)
{
    return sendRequest({{QStringLiteral("cmd"), QStringLiteral("vars")},
                        {QStringLiteral("frame"), frame},
                        {QStringLiteral("scope"), scope},
                        {QStringLiteral("start"), start}});
}

int AgentSession::requestChildren(int ref, int start)
{
    return sendRequest({{QStringLiteral("cmd"), QStringLiteral("vars")},
                        {QStringLiteral("ref"), ref},
                        {QStringLiteral("start"), start}});
}

int AgentSession::requestEvaluation(int frame, const QString &expression)
{
    return sendRequest({{QStringLiteral("cmd"), QStringLiteral("eval")},
                        {QStringLiteral("frame"), frame},
                        {QStringLiteral("expr"), expression}});
}

int AgentSession::requestValue(int ref)
{
    return sendRequest({{QStringLiteral("cmd"), QStringLiteral("value")}, {QStringLiteral("ref"), ref}});
}

int AgentSession::requestCompletions(const QString &text)
{
    return sendRequest({{QStringLiteral("cmd"), QStringLiteral("complete")}, {QStringLiteral("text"), text}});
}

void AgentSession::sendLine(const QString &line)
{
    send({{QStringLiteral("cmd"), QStringLiteral("line")}, {QStringLiteral("text"), line}});
    // Until the next prompt a command runs; the agent stops it at its limit, this timer ends the
    // session should the command survive that.
    m_commandTimer.start(int(shellCommandSeconds(m_request) * 1000) + kCommandGraceMs);
}

void AgentSession::writeInput(const QString &text)
{
    send({{QStringLiteral("cmd"), QStringLiteral("input")}, {QStringLiteral("text"), text}});
}

void AgentSession::closeInput()
{
    send({{QStringLiteral("cmd"), QStringLiteral("eof")}});
}

void AgentSession::stop()
{
    if (m_run)
        m_run->stop();
}

void AgentSession::consumeStdout(const QByteArray &data)
{
    qsizetype from = 0;
    while (from < data.size()) {
        const qsizetype newline = data.indexOf('\n', from);
        const qsizetype end = newline < 0 ? data.size() : newline;
        if (!m_droppingLine)
            m_line.append(data.constData() + from, end - from);
        if (m_line.size() > kMaxLineBytes) {
            m_line.clear();
            m_droppingLine = true;
        }
        from = end + 1;
        if (newline < 0)
            break;
        if (!m_droppingLine) {
            const QJsonDocument document = QJsonDocument::fromJson(m_line);
            if (document.isObject())
                handle(document.object());
        }
        m_line.clear();
        m_droppingLine = false;
    }
}

void AgentSession::handle(const QJsonObject &message)
{
    const QString event = eventName(message);
    if (event == QLatin1String("out")) {
        const bool isStderr = message.value(QStringLiteral("ch")).toString() == QLatin1String("stderr");
        Q_EMIT outputReceived(isStderr ? OutputChannel::Stderr : OutputChannel::Stdout,
                              message.value(QStringLiteral("text")).toString());
    } else if (event == QLatin1String("input")) {
        Q_EMIT inputRequested();
    } else if (event == QLatin1String("stopped")) {
        Q_EMIT paused(message.value(QStringLiteral("reason")).toString(),
                      message.value(QStringLiteral("frames")).toArray(),
                      message.value(QStringLiteral("exception")).toObject().value(QStringLiteral("message")).toString());
    } else if (event == QLatin1String("prompt")) {
        m_commandTimer.stop();
        Q_EMIT promptReady(message.value(QStringLiteral("more")).toBool());
    } else if (event == QLatin1String("violations")) {
        const QJsonArray items = message.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items)
            m_violations.append(item);
        Q_EMIT violations(items);
    } else if (message.contains(QStringLiteral("req"))) {
        const int id = message.value(QStringLiteral("req")).toInt();
        QTimer *timer = m_pending.take(id);
        if (!timer)
            return; // timed out already, or never asked
        timer->deleteLater();
        Q_EMIT reply(id, message);
    }
}

void AgentSession::onFinished(RunResult result)
{
    m_commandTimer.stop();
    for (QTimer *timer : std::as_const(m_pending))
        timer->deleteLater();
    m_pending.clear();
    result.profile = profileName(m_request.run.policy.profile);
    if (m_commandOverran) {
        result.status = RunStatus::TimeLimit;
        result.limit = TimeLimitKind::Wall;
        result.message = QStringLiteral("the command ran past its time limit and did not stop");
    } else if (m_request.mode == AgentMode::Debug && !m_violations.isEmpty()
               && result.status == RunStatus::RuntimeError) {
        // The agent refused the program before it ran, as the strict guard does for a run.
        result.status = RunStatus::SecurityViolation;
        for (const QJsonValue &value : std::as_const(m_violations)) {
            const QJsonObject item = value.toObject();
            result.violations.append({item.value(QStringLiteral("kind")).toString(),
                                      item.value(QStringLiteral("detail")).toString(),
                                      item.value(QStringLiteral("line")).toInt()});
        }
    }
    Q_EMIT finished(result);
}

} // namespace runner
