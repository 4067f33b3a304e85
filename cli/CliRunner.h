#pragma once

#include "CliOptions.h"

#include <QObject>

#include <memory>

namespace cli {

// Runs one program through a RunSession and prints what the contract says: the program's output as it
// is produced, or one JSON object with --json. Knows nothing of where the program runs.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(CliOptions options, LoadedProgram program, std::unique_ptr<runner::RunSession> session,
              QObject *parent = nullptr);

    void start();
    // Stops the run (Ctrl+C); finished() follows.
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onOutput(runner::OutputChannel channel, const QByteArray &data);
    void onFinished(const runner::RunResult &result);

    CliOptions m_options;
    LoadedProgram m_program;
    std::unique_ptr<runner::RunSession> m_session;
};

// A line for standard error that explains why a run ended, or an empty string for a plain exit.
QString describeEnding(const runner::RunResult &result, const runner::Limits &limits);

} // namespace cli
