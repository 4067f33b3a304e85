#include "CliRunner.h"

#include <runner/Language.h>
#include <runner/PrecompiledHeaderBuilder.h>
#include <runner/SandboxHostPool.h>

#include <QJsonDocument>
#include <QTimer>

#include <unistd.h>

namespace cli {

namespace {
void writeAll(int fd, const QByteArray &data)
{
    const char *bytes = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, bytes, static_cast<size_t>(left));
        if (n <= 0)
            return; // a closed pipe (`| head`): the rest of the output has nowhere to go
        bytes += n;
        left -= n;
    }
}

QString seconds(qint64 ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 s").arg(double(ms) / 1000.0);
}
} // namespace

CliRunner::CliRunner(CliOptions options, LoadedProgram program, RunTarget target,
                     std::unique_ptr<AnalysisJob> analysis, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_program(std::move(program))
    , m_hosts(std::move(target.hosts))
    , m_session(std::move(target.session))
    , m_failure(std::move(target.failure))
    , m_analyzer(std::move(analysis))
{
    connect(m_session.get(), &runner::RunSession::outputReceived, this, &CliRunner::onOutput);
    connect(m_session.get(), &runner::RunSession::finished, this, &CliRunner::onFinished);
    if (m_options.verbose) {
        connect(m_session.get(), &runner::RunSession::phaseChanged, this, [](runner::RunPhase phase) {
            writeAll(STDERR_FILENO, phase == runner::RunPhase::Compiling ? QByteArrayLiteral("code-remote-run: compiling\n")
                                                                         : QByteArrayLiteral("code-remote-run: running\n"));
        });
        const runner::Language *language = runner::LanguageRegistry::builtin().find(m_program.language);
        const QString header = language ? language->precompiledHeader : QString();
        connect(&runner::PrecompiledHeaderBuilder::shared(), &runner::PrecompiledHeaderBuilder::buildStarted, this,
                [header] {
                    writeAll(STDERR_FILENO, QStringLiteral("code-remote-run: building the precompiled <%1> in the background, "
                                                           "once for this compiler and -std; this program compiles without it\n")
                                                .arg(header)
                                                .toUtf8());
                });
    }
    if (m_analyzer)
        connect(m_analyzer.get(), &AnalysisJob::finished, this, &CliRunner::onAnalyzed);
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_analyzer)
        m_analyzer->start(QString::fromUtf8(m_program.source), m_program.language);
    if (m_options.analyzeOnly)
        return;
    runner::RunRequest request;
    request.language = m_program.language;
    request.languageStandard = m_program.standard;
    request.source = m_program.source;
    request.policy = m_options.policy;
    request.stdinData = m_program.stdinData;
    request.collectOutput = m_options.json; // without --json, output passes through and is not kept
    if (!m_program.stdinPath.isEmpty()) {
        m_feeder = new InputFeeder(m_session.get(), m_program.stdinPath, this);
        if (!m_feeder->open()) {
            writeAll(STDERR_FILENO, QStringLiteral("code-remote-run: cannot read %1: %2\n")
                                        .arg(m_program.stdinPath, m_feeder->errorString())
                                        .toUtf8());
            QTimer::singleShot(0, this, [this] { finish(ExitNoInput); });
            return;
        }
        request.keepStdinOpen = true; // the feeder closes it at the end of the file
    }
    m_session->start(request);
    if (m_feeder)
        m_feeder->start();
}

void CliRunner::cancel()
{
    m_cancelled = true;
    if (m_analyzer)
        m_analyzer->cancel();
    m_session->stop();
}

void CliRunner::onOutput(runner::OutputChannel channel, const QByteArray &data)
{
    if (m_options.json)
        return;
    writeAll(channel == runner::OutputChannel::Stdout ? STDOUT_FILENO : STDERR_FILENO, data);
}

void CliRunner::onFinished(const runner::RunResult &result)
{
    // The program did not run, or its result was lost: there is no result to print, as when the input is
    // refused before a local run. Ctrl+C wins: the user asked for the run to end, and it did.
    if (const std::optional<RunFailure> failure = m_failure && !m_cancelled ? m_failure() : std::nullopt) {
        if (m_analyzer)
            m_analyzer->cancel();
        writeAll(STDERR_FILENO,
                 (QStringLiteral("code-remote-run: ") + failure->message + QLatin1Char('\n')).toUtf8());
        finish(failure->exitCode);
        return;
    }
    m_runResult = result;
    // A cancelled run does not wait for its analysis.
    if (m_cancelled && m_analyzer && !m_analysis)
        m_analysis = QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                 {QStringLiteral("error"), QStringLiteral("cancelled")}};
    finishWhenDone();
}

void CliRunner::onAnalyzed(const QJsonObject &json, const QString &summary, bool ok)
{
    if (m_done)
        return;
    m_analysis = json;
    if (!m_options.json)
        writeAll(STDERR_FILENO, (summary + QLatin1Char('\n')).toUtf8());
    if (m_options.analyzeOnly) {
        if (m_options.json)
            writeAll(STDOUT_FILENO, QJsonDocument(*m_analysis).toJson(QJsonDocument::Compact) + '\n');
        finish(ok ? 0 : ExitSandboxFailed);
        return;
    }
    finishWhenDone();
}

void CliRunner::finishWhenDone()
{
    if (!m_runResult || (m_analyzer && !m_analysis))
        return;
    const runner::RunResult &result = *m_runResult;
    if (m_options.json) {
        QJsonObject object = result.toJson();
        if (m_analysis)
            object.insert(QStringLiteral("analysis"), *m_analysis);
        writeAll(STDOUT_FILENO, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    } else if (const QString ending = describeEnding(result, m_options.policy.limits); !ending.isEmpty()) {
        writeAll(STDERR_FILENO, (QStringLiteral("code-remote-run: ") + ending + QLatin1Char('\n')).toUtf8());
    }
    finish(exitCodeFor(result));
}

void CliRunner::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(exitCode);
}

QString describeEnding(const runner::RunResult &result, const runner::Limits &limits)
{
    using runner::RunStatus;
    switch (result.status) {
    case RunStatus::Ok:
    case RunStatus::RuntimeError:
    case RunStatus::CompileError:
        return {};
    case RunStatus::TimeLimit:
        return result.limit == runner::TimeLimitKind::Cpu
                   ? QStringLiteral("stopped: CPU time limit of %1 reached").arg(seconds(limits.effectiveCpuMs()))
                   : QStringLiteral("stopped: wall-clock limit of %1 reached").arg(seconds(limits.wallMs));
    case RunStatus::MemoryLimit:
        return QStringLiteral("stopped: memory limit of %1 MB reached").arg(limits.memoryBytes / (1024 * 1024));
    case RunStatus::OutputLimit:
        return QStringLiteral("stopped: output limit of %1 KB reached (the output so far is kept)")
            .arg(limits.outputBytes / 1024);
    case RunStatus::SecurityViolation: {
        QStringList lines{QStringLiteral("rejected by the sandbox:")};
        for (const runner::Violation &violation : result.violations) {
            lines.append(violation.line > 0
                             ? QStringLiteral("  line %1: %2 (%3)").arg(violation.line).arg(violation.detail, violation.kind)
                             : QStringLiteral("  %1 (%2)").arg(violation.detail, violation.kind));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case RunStatus::InternalError:
        return QStringLiteral("the sandbox failed: %1").arg(result.message);
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace cli
