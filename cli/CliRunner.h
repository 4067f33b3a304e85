#pragma once

#include "AnalysisJob.h"
#include "CliOptions.h"
#include "InputFeeder.h"
#include "RunTarget.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace cli {

// Runs one program through a RunSession and prints what the contract says: the program's output as it
// is produced, or one JSON object with --json. Knows nothing of where the program runs, except that the
// place may report a failure of its own (RunTarget::failure) instead of a result. With --analyze
// the complexity analysis runs beside the program (it parses the code in a sandbox of its own) and is
// added as "analysis"; with --analyze-only nothing runs but the analysis.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(CliOptions options, LoadedProgram program, RunTarget target,
              std::unique_ptr<AnalysisJob> analysis, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();
    // Stops the run (Ctrl+C); finished() follows.
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onOutput(runner::OutputChannel channel, const QByteArray &data);
    void onFinished(const runner::RunResult &result);
    void onAnalyzed(const QJsonObject &json, const QString &summary, bool ok);
    void finishWhenDone();
    void finish(int exitCode);

    CliOptions m_options;
    LoadedProgram m_program;
    std::unique_ptr<runner::SandboxHostPool> m_hosts; // used by m_session
    std::unique_ptr<runner::RunSession> m_session;
    InputFeeder *m_feeder = nullptr; // a large --stdin file, fed as the run reads it
    std::function<std::optional<RunFailure>()> m_failure;
    std::unique_ptr<AnalysisJob> m_analyzer;
    std::optional<runner::RunResult> m_runResult;
    std::optional<QJsonObject> m_analysis;
    bool m_cancelled = false;
    bool m_done = false;
};

// A line for standard error that explains why a run ended, or an empty string for a plain exit.
QString describeEnding(const runner::RunResult &result, const runner::Limits &limits);

} // namespace cli
