// code-remote-run: runs one program in the sandbox (or on a server) from a terminal or a script.
#include "Analyzer.h"
#include "CliOptions.h"
#include "CliRunner.h"
#include "Language.h"
#include "RunTarget.h"
#include "SandboxHostPool.h"
#include "SandboxInfo.h"
#include "SandboxProtocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
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
// --keep-warm: a host for each profile of each language that can stay loaded, in this user's shared
// directory, where every later `code-remote-run` finds them. Runs until SIGINT or SIGTERM.
int keepWarm()
{
    const QString directory = runner::SandboxHostPool::sharedDirectory();
    if (directory.isEmpty()) {
        printLine(stderr, QStringLiteral("code-remote-run: no private directory for the sandbox hosts (XDG_RUNTIME_DIR "
                                         "or /tmp/code-remote-hosts-UID must be this user's alone)"));
        return cli::ExitSandboxFailed;
    }
    runner::SandboxHostPool pool(runner::SandboxHostPool::Mode::Own, directory);
    QStringList warm;
    for (const runner::Language &language : runner::LanguageRegistry::builtin().languages()) {
        if (!language.preloadable)
            continue;
        for (runner::Profile profile : {runner::Profile::Strict, runner::Profile::Standard}) {
            runner::RunRequest request;
            request.language = language.id;
            request.policy.profile = profile;
            QString error;
            const QByteArray templateRequest = runner::encodeSandboxTemplate(request, language, error);
            if (templateRequest.isEmpty()) {
                printLine(stderr, QStringLiteral("code-remote-run: ") + error);
                continue;
            }
            pool.socketFor(templateRequest);
            warm << QStringLiteral("%1 (%2)").arg(language.displayName, runner::profileName(profile));
        }
    }
    printLine(stderr, QStringLiteral("code-remote-run: keeping %1 warm in %2 until interrupted")
                          .arg(warm.join(QStringLiteral(", ")), directory));
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}
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

    if (options.keepWarm && ::pipe2(g_signalPipe, O_CLOEXEC) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        return keepWarm();
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

    std::unique_ptr<analysis::Analyzer> analyzer;
    if (options.analyze || options.analyzeOnly) {
        analyzer = std::make_unique<analysis::Analyzer>();
        // Gemini answers when a key is set; the static analyzer otherwise, and whenever Gemini fails.
        analysis::GeminiSettings gemini;
        gemini.apiKey = qEnvironmentVariable("CODE_REMOTE_GEMINI_KEY", qEnvironmentVariable("GEMINI_API_KEY"));
        if (const QString model = qEnvironmentVariable("CODE_REMOTE_GEMINI_MODEL"); !model.isEmpty())
            gemini.model = model;
        analyzer->setGeminiSettings(gemini);
    }
    cli::CliRunner runner(options, std::move(program), cli::RunTarget::forOptions(options),
                          std::move(analyzer));
    QSocketNotifier signalNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &runner, [&runner] {
        char byte;
        (void)!::read(g_signalPipe[0], &byte, 1);
        runner.cancel();
    });
    QObject::connect(&runner, &cli::CliRunner::finished, &app, [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.start();
    return app.exec();
}
