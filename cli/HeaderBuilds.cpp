#include "HeaderBuilds.h"

#include <runner/Language.h>
#include <runner/PrecompiledHeader.h>
#include <runner/PrecompiledHeaderBuilder.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>

namespace cli::HeaderBuilds {

namespace {
// What the builder is given of the caller's environment: where the cache and the sandbox are. Nothing
// else (API tokens, keys) is copied into a process that outlives the run.
constexpr const char *kBuilderVariables[] = {
    "HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR", "TMPDIR", "CODE_REMOTE_SANDBOX", "CODE_REMOTE_SANDBOX_DISABLE",
    "CODE_REMOTE_SANDBOX_TRACE", "CODE_REMOTE_COMPILE_CACHE",
};

void say(const QString &line)
{
    const QByteArray bytes = (QStringLiteral("code-remote-run: ") + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

bool launch(const runner::RunRequest &request)
{
    const QProcessEnvironment caller = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment environment;
    for (const char *name : kBuilderVariables) {
        const QString variable = QString::fromLatin1(name);
        if (caller.contains(variable))
            environment.insert(variable, caller.value(variable));
    }
    QStringList arguments{QStringLiteral("--build-precompiled-header"), QStringLiteral("--language"), request.language};
    if (!request.languageStandard.isEmpty())
        arguments << QStringLiteral("--std") << request.languageStandard;
    // startDetached forks twice and starts a session of its own: not our child, no terminal of ours.
    // Its standard streams are not ours either, so that a caller reading our output to its end
    // (`$(code-remote-run x.cpp)`) does not wait for the build.
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QStringLiteral("/"));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    return process.startDetached();
}
} // namespace

void buildInProcessesOfTheirOwn()
{
    runner::PrecompiledHeaderBuilder::shared().setLauncher(&launch);
}

int buildInForeground(const CliOptions &options)
{
    using State = runner::PrecompiledHeaderBuilder::State;
    runner::RunRequest request;
    request.language = options.language.isEmpty() ? QStringLiteral("cpp") : options.language;
    request.languageStandard = options.standard;
    const runner::Language *language = runner::LanguageRegistry::builtin().find(request.language);
    if (!language || language->precompiledHeader.isEmpty()) {
        say(QStringLiteral("%1 has no precompiled header").arg(request.language));
        return ExitUsage;
    }
    if (!options.standard.isEmpty() && !language->standards.contains(options.standard)) {
        say(QStringLiteral("unknown %1 standard '%2'").arg(language->displayName, options.standard));
        return ExitUsage;
    }
    request.source = "#include <" + language->precompiledHeader.toUtf8() + ">\n";
    const std::optional<runner::PrecompiledHeader> header = runner::PrecompiledHeader::forProgram(request, *language);
    if (!header) {
        say(QStringLiteral("no precompiled header here: no compiler, no private cache directory, or "
                           "CODE_REMOTE_COMPILE_CACHE=off"));
        return ExitSandboxFailed;
    }
    runner::PrecompiledHeaderBuilder builder;
    int status = ExitSandboxFailed;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&builder, &runner::PrecompiledHeaderBuilder::buildFinished, QCoreApplication::instance(),
                     [&status](const QString &, bool stored) {
                         status = stored ? 0 : int(ExitSandboxFailed);
                         QCoreApplication::quit();
                     });
    switch (builder.ensure(*header, request, *language)) {
    case State::Ready:
        say(QStringLiteral("the precompiled <%1> is ready: %2").arg(language->precompiledHeader, header->directory()));
        return 0;
    case State::Building:
    case State::BuildingElsewhere:
        say(QStringLiteral("the precompiled <%1> is being built by another process").arg(language->precompiledHeader));
        return 0;
    case State::Unavailable:
        say(QStringLiteral("the precompiled <%1> cannot be built now (its last build failed less than %2 minutes ago, "
                           "or the sandbox did not start)")
                .arg(language->precompiledHeader)
                .arg(runner::PrecompiledHeader::kFailureBackoffSeconds / 60));
        return ExitSandboxFailed;
    case State::Started:
        break;
    }
    QCoreApplication::exec();
    say(status == 0 ? QStringLiteral("built the precompiled <%1> in %2 ms: %3")
                          .arg(language->precompiledHeader)
                          .arg(clock.elapsed())
                          .arg(header->directory())
                    : QStringLiteral("the build of the precompiled <%1> failed").arg(language->precompiledHeader));
    return status;
}

} // namespace cli::HeaderBuilds
