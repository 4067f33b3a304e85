// code-remote-run: runs one program in the sandbox (or on a server) from a terminal or a script.
//
// Built twice. code-remote-run itself links Qt Core and the runner only: a local run is what scripts and
// the benchmark start by the thousand, and Qt Network and WebSockets alone would add a millisecond to
// each start. With --remote, --analyze or --analyze-only it becomes code-remote-run-full (exec, same
// arguments), the same program with the server client and the analyzers (CODE_REMOTE_RUN_FULL).
#ifdef CODE_REMOTE_RUN_FULL
#include "AnalyzerJob.h"
#endif
#include "CliOptions.h"
#include "CliRunner.h"
#include "HeaderBuilds.h"
#include <runner/LocalRunSession.h>
#include "RunTarget.h"
#include <runner/SandboxHostPool.h>
#include <runner/SandboxInfo.h>
#include "WarmHost.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[1], &byte, 1);
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
}

int printSandboxInfo(bool json)
{
    const runner::SandboxInfo info = runner::SandboxInfo::probe();
    if (json) {
        printLine(stdout, QString::fromUtf8(QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact)));
    } else {
        for (const runner::SandboxLayer &layer : info.layers) {
            printLine(stdout, QStringLiteral("%1  %2%3")
                                  .arg(layer.active ? QStringLiteral("[on] ") : QStringLiteral("[off]"), layer.name,
                                       layer.detail.isEmpty() ? QString() : QStringLiteral(" — ") + layer.detail));
        }
        if (!info.error.isEmpty())
            printLine(stderr, QStringLiteral("code-remote-run: ") + info.error);
    }
    return info.error.isEmpty() ? 0 : cli::ExitSandboxFailed;
}
#ifndef CODE_REMOTE_RUN_FULL
// code-remote-run-full, which --remote and the analysis exec: beside this binary in build/bin, else
// with the other helpers (beside code-remote-sandbox: the install's libexec/code-remote/), so that the
// installed /usr/bin holds only the commands a person types.
QString fullProgram()
{
    const QString name = QStringLiteral("/code-remote-run-full");
    const QString besideUs = QCoreApplication::applicationDirPath() + name;
    if (QFileInfo(besideUs).isExecutable())
        return besideUs;
    return QFileInfo(runner::LocalRunSession::sandboxExecutable()).absolutePath() + name;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("code-remote-run"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODE_REMOTE_VERSION));

    const cli::ParseOutcome parsed =
        cli::parseArguments(app.arguments().mid(1), QProcessEnvironment::systemEnvironment().toStringList());
    if (parsed.showHelp) {
        std::fputs(cli::usageText().toUtf8().constData(), stdout);
        return 0;
    }
    if (parsed.exitCode != 0) {
        printLine(stderr, QStringLiteral("code-remote-run: ") + parsed.message);
        return parsed.exitCode;
    }
    const cli::CliOptions &options = parsed.options;
    if (options.sandboxInfo)
        return printSandboxInfo(options.json);
    if (options.listLanguages) {
        std::fputs(cli::languagesText().toUtf8().constData(), stdout);
        return 0;
    }
    if (options.buildPrecompiledHeader)
        return cli::HeaderBuilds::buildInForeground(options);
#ifndef CODE_REMOTE_RUN_FULL
    if (options.isRemote() || options.analyze || options.analyzeOnly) {
        const QByteArray full = QFile::encodeName(fullProgram());
        argv[0] = const_cast<char *>(full.constData());
        ::execv(full.constData(), argv);
        printLine(stderr, QStringLiteral("code-remote-run: cannot start %1 (for --remote and the analysis): %2")
                              .arg(QString::fromLocal8Bit(full), QString::fromLocal8Bit(std::strerror(errno))));
        return cli::ExitSandboxFailed;
    }
#endif

    if ((options.keepWarm || options.warmHostOwner) && ::pipe2(g_signalPipe, O_CLOEXEC) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        return cli::WarmHost::serve(options.keepWarm ? cli::WarmHost::Lifetime::UntilInterrupted
                                                     : cli::WarmHost::Lifetime::UntilIdle,
                                    g_signalPipe[0]);
    }

    cli::LoadedProgram program = cli::loadProgram(options);
    if (program.exitCode != 0) {
        printLine(stderr, QStringLiteral("code-remote-run: ") + program.message);
        return program.exitCode;
    }

    // Ctrl+C and SIGTERM stop the run cleanly (the sandbox kills the program's whole tree, a server
    // cancels the job) instead of killing this process and leaving the supervisor or the server to notice.
    if (::pipe2(g_signalPipe, O_CLOEXEC) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    // This process ends with its run: a precompiled header's build goes to a process of its own.
    cli::HeaderBuilds::buildInProcessesOfTheirOwn();
    // Decided before `program` moves into the runner.
    const bool warmHost = cli::WarmHost::enabled(options, program.language);
#ifdef CODE_REMOTE_RUN_FULL
    std::unique_ptr<cli::AnalysisJob> analysis;
    if (options.analyze || options.analyzeOnly)
        analysis = std::make_unique<cli::AnalyzerJob>();
    cli::CliRunner runner(options, std::move(program),
                          options.isRemote() ? cli::RunTarget::server(options) : cli::RunTarget::local(warmHost),
                          std::move(analysis));
#else
    cli::CliRunner runner(options, std::move(program), cli::RunTarget::local(warmHost), nullptr);
#endif
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &runner, [&runner] {
        char byte;
        (void)!::read(g_signalPipe[0], &byte, 1);
        runner.cancel();
    });
#ifdef CODE_REMOTE_RUN_FULL
    QObject::connect(&runner, &cli::CliRunner::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
#else
    // A local run is over once its result is out: the sandbox has removed everything of it and nothing
    // here is left to write or wait for. Leaving at once spares what a normal exit would do only to
    // free memory (the event loop's last turn, every destructor, Qt's and the C library's exit
    // handlers): about half a millisecond of each run, which scripts pay a hundred times in a row.
    QObject::connect(&runner, &cli::CliRunner::finished, &app, [](int exitCode) {
        std::fflush(nullptr);
        ::_exit(exitCode);
    });
#endif
    runner.start();
    return app.exec();
}
