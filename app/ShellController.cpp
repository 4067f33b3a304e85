#include "ShellController.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace app {

ShellController::ShellController(SessionFactory sessions, RequestFactory request, const QString &historyFile,
                                 QObject *parent)
    : QObject(parent)
    , m_sessions(std::move(sessions))
    , m_request(std::move(request))
    , m_historyFile(historyFile)
{
    QFile file(historyFile);
    if (!historyFile.isEmpty() && file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            m_history.add(line);
    }
}

ShellController::~ShellController()
{
    if (m_session)
        m_session->stop();
}

qint64 ShellController::idleMinutes() const
{
    return runner::AgentRequest().idleMs / 60'000;
}

bool ShellController::isRunning() const
{
    return m_session && m_session->isRunning();
}

QString ShellController::prompt() const
{
    return m_prompt;
}

void ShellController::start(const QByteArray &program)
{
    if (m_session) {
        // The old interpreter goes with its variables; its end is not reported as the new one's.
        disconnect(m_session, nullptr, this, nullptr);
        m_session->stop();
        m_session->deleteLater();
    }
    runner::AgentSession *session = m_sessions(this);
    m_session = session;
    m_readingInput = false;
    m_prompt.clear();
    Q_EMIT promptChanged(m_prompt);
    connect(session, &runner::AgentSession::outputReceived, this,
            [this](runner::OutputChannel channel, const QString &text) {
                Q_EMIT output(text, channel == runner::OutputChannel::Stderr);
            });
    connect(session, &runner::AgentSession::promptReady, this, [this](bool more) {
        m_readingInput = false;
        m_prompt = more ? QStringLiteral("... ") : QStringLiteral(">>> ");
        Q_EMIT promptChanged(m_prompt);
    });
    connect(session, &runner::AgentSession::inputRequested, this, [this] {
        m_readingInput = true;
        m_prompt.clear();
        Q_EMIT promptChanged(m_prompt);
    });
    connect(session, &runner::AgentSession::reply, this, [this](int id, const QJsonObject &message) {
        if (id != m_completionRequest)
            return;
        QStringList items;
        for (const QJsonValue &item : message.value(QStringLiteral("items")).toArray())
            items << item.toString();
        Q_EMIT completions(m_completionText, items);
    });
    connect(session, &runner::AgentSession::finished, this, &ShellController::onFinished);

    runner::AgentRequest request;
    request.mode = runner::AgentMode::Shell;
    request.run = m_request();
    request.run.source = program;
    session->start(request);
}

void ShellController::stop()
{
    if (m_session)
        m_session->stop();
}

void ShellController::submit(const QString &line)
{
    if (!isRunning())
        start();
    if (m_readingInput) {
        Q_EMIT output(line + QLatin1Char('\n'), false);
        m_session->writeInput(line + QLatin1Char('\n'));
        return;
    }
    Q_EMIT output(m_prompt + line + QLatin1Char('\n'), false);
    if (!line.trimmed().isEmpty()) {
        m_history.add(line);
        saveHistory();
    }
    m_prompt.clear();
    Q_EMIT promptChanged(m_prompt);
    m_session->sendLine(line);
}

void ShellController::complete(const QString &text)
{
    if (!isRunning() || m_readingInput)
        return;
    m_completionText = text;
    m_completionRequest = m_session->requestCompletions(text);
}

void ShellController::saveHistory() const
{
    if (m_historyFile.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_historyFile).absolutePath());
    QSaveFile file(m_historyFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    QStringList lines = m_history.entries();
    // One entry per line: a block's lines are entered one by one, so none holds a newline.
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    file.commit();
}

void ShellController::onFinished(const runner::RunResult &result)
{
    m_prompt.clear();
    Q_EMIT promptChanged(m_prompt);
    QString message;
    if (result.status == runner::RunStatus::TimeLimit)
        message = tr("The shell ended: a command ran past its time limit and did not stop.");
    else if (result.status == runner::RunStatus::MemoryLimit)
        message = tr("The shell ended: it used more memory than its limit.");
    else if (result.status == runner::RunStatus::Cancelled)
        message = tr("The shell was stopped.");
    else if (result.status == runner::RunStatus::InternalError)
        message = tr("The shell could not start: %1").arg(result.message);
    else
        message = tr("The shell ended.");
    Q_EMIT ended(message + QLatin1Char(' ') + tr("Press Enter to start a new one."));
}

} // namespace app
