#include "ScriptExecutor.h"

#include <runner/Language.h>
#include <runner/LocalRunSession.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QDir>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

namespace analysis {

SandboxScriptExecutor::SandboxScriptExecutor(QObject *parent)
    : ScriptExecutor(parent)
{
}

SandboxScriptExecutor::~SandboxScriptExecutor()
{
    if (m_session)
        m_session->stop();
}

void SandboxScriptExecutor::start(const ScriptRun &run)
{
    if (m_session) {
        m_session->stop();
        m_session->deleteLater();
    }
    auto *session = new runner::LocalRunSession(this);
    m_session = session;

    runner::RunRequest request;
    request.language = run.language;
    request.source = run.script;
    if (run.language == QLatin1String("python") && !run.compiledScript.isEmpty() && !run.compiledFor.isEmpty()) {
        // The precompiled script only for the interpreter it was compiled for: the one the sandbox
        // resolves for Python, compared by real path.
        const runner::Language *python = runner::LanguageRegistry::builtin().find(request.language);
        const QString interpreter = python ? runner::Language::resolveExecutable(python->run) : QString();
        if (!interpreter.isEmpty() && QFileInfo(interpreter).canonicalFilePath() == run.compiledFor)
            request.source = run.compiledScript;
    }
    request.stdinData = run.stdinData;
    request.keepStdinOpen = run.keepStdinOpen;
    request.readOnlyCache = run.readOnlyCache;
    request.policy.environment = run.environment;
    request.policy.profile = runner::Profile::Standard;
    request.policy.limits.wallMs = run.timeoutMs;
    request.policy.limits.memoryBytes = run.memoryBytes;
    // The scripts print one JSON object; anything bigger is a fault, not a result.
    request.policy.limits.outputBytes = 4LL * 1024 * 1024;

    connect(session, &runner::RunSession::outputReceived, this,
            [this](runner::OutputChannel channel, const QByteArray &data) {
                if (channel == runner::OutputChannel::Stdout)
                    Q_EMIT outputReceived(data);
            });
    connect(session, &runner::RunSession::finished, this, [this, session](const runner::RunResult &result) {
        ScriptOutcome outcome;
        outcome.stdoutData = result.stdoutData;
        outcome.stderrData = result.stderrData;
        outcome.wallMs = result.wallMs;
        outcome.cpuMs = result.cpuMs;
        outcome.ok = result.status == runner::RunStatus::Ok;
        if (!outcome.ok) {
            switch (result.status) {
            case runner::RunStatus::TimeLimit:
                outcome.message = tr("the analysis took too long and was stopped");
                break;
            case runner::RunStatus::MemoryLimit:
                outcome.message = tr("the analysis ran out of memory");
                break;
            case runner::RunStatus::Cancelled:
                outcome.message = tr("the analysis was cancelled");
                break;
            case runner::RunStatus::InternalError:
                outcome.message = tr("the sandbox could not run the analysis: %1").arg(result.message);
                break;
            default:
                outcome.message = tr("the analysis script failed (%1): %2")
                                      .arg(runner::statusName(result.status),
                                           QString::fromUtf8(result.stderrData.right(400)).trimmed());
            }
        }
        session->deleteLater();
        if (m_session == session)
            m_session = nullptr;
        Q_EMIT finished(outcome);
    });
    session->start(request);
}

void SandboxScriptExecutor::cancel()
{
    if (m_session)
        m_session->stop();
}

void SandboxScriptExecutor::writeInput(const QByteArray &data)
{
    if (m_session)
        m_session->writeInput(data);
}

void SandboxScriptExecutor::closeInput()
{
    if (m_session)
        m_session->closeInput();
}

ProcessScriptExecutor::ProcessScriptExecutor(QObject *parent, const QString &python)
    : ScriptExecutor(parent)
    , m_python(python)
{
}

ProcessScriptExecutor::~ProcessScriptExecutor()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
        delete m_process;
    }
}

void ProcessScriptExecutor::start(const ScriptRun &run)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->deleteLater();
    }
    m_stdout.clear();
    m_stderr.clear();
    m_done = false;

    auto *process = new QProcess(this);
    m_process = process;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, process] {
        process->kill();
        finish({false, m_stdout, m_stderr, tr("the analysis took too long and was stopped"), 0});
    });
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        const QByteArray data = process->readAllStandardOutput();
        m_stdout += data;
        Q_EMIT outputReceived(data);
    });
    connect(process, &QProcess::readyReadStandardError, this,
            [this, process] { m_stderr += process->readAllStandardError(); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish({false, {}, {}, tr("cannot start %1: %2").arg(m_python, process->errorString()), 0});
    });
    connect(process, &QProcess::finished, this,
            [this, process, clock](int code, QProcess::ExitStatus status) {
                m_stdout += process->readAllStandardOutput();
                m_stderr += process->readAllStandardError();
                const bool ok = status == QProcess::NormalExit && code == 0;
                finish({ok, m_stdout, m_stderr,
                        ok ? QString()
                           : tr("the analysis script failed: %1")
                                 .arg(QString::fromUtf8(m_stderr.right(400)).trimmed()),
                        double(clock->nsecsElapsed()) / 1e6});
            });
    // The script goes in a file: the bundled analyzer is larger than one command-line argument may be.
    // A Java script runs as a single source file (`java Script.java`; its name need not match the class),
    // a JavaScript one with node.
    const bool java = run.language == QLatin1String("java");
    const bool javascript = run.language == QLatin1String("javascript");
    m_scriptDir = std::make_unique<QTemporaryDir>();
    const QString path = m_scriptDir->filePath(java         ? QStringLiteral("Script.java")
                                               : javascript ? QStringLiteral("script.js")
                                                            : QStringLiteral("script.py"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(run.script) != run.script.size()) {
        finish({false, {}, {}, tr("cannot write the script to %1").arg(path), 0});
        return;
    }
    file.close();
    if (!run.environment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = run.environment.cbegin(); it != run.environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        process->setProcessEnvironment(environment);
    }
    if (java)
        process->start(QStringLiteral("java"), {path});
    else if (javascript)
        process->start(QStringLiteral("node"), {path});
    else // -I: no user site or PYTHON* variables; -S: no site import, most of the start-up time.
        process->start(m_python, {QStringLiteral("-I"), QStringLiteral("-S"), path});
    process->write(run.stdinData);
    if (!run.keepStdinOpen)
        process->closeWriteChannel();
    timer->start(run.timeoutMs);
}

void ProcessScriptExecutor::writeInput(const QByteArray &data)
{
    if (m_process && !m_done)
        m_process->write(data);
}

void ProcessScriptExecutor::closeInput()
{
    if (m_process && !m_done)
        m_process->closeWriteChannel();
}

void ProcessScriptExecutor::cancel()
{
    if (m_process && !m_done) {
        m_process->disconnect(this);
        m_process->kill();
        // Reaped at once so that no orphan outlives the request; a killed interpreter exits quickly.
        m_process->waitForFinished(200);
        finish({false, m_stdout, m_stderr, tr("the analysis was cancelled"), 0});
    }
}

void ProcessScriptExecutor::finish(ScriptOutcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    // Delivered from the event loop so that finished() never arrives inside start().
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT finished(outcome); });
}

} // namespace analysis
