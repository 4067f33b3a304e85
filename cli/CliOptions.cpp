#include "CliOptions.h"

#include <remote/Protocol.h>
#include <remote/RemoteRunSession.h>
#include <remote/Utf8Chunker.h>
#include <runner/Language.h>

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cli {

namespace {
std::optional<double> positiveNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        return std::nullopt;
    return value;
}

QString invalid(const QString &option, const QString &value, const QString &expected)
{
    return QStringLiteral("invalid value for %1: '%2' (expected %3)").arg(option, value, expected);
}
} // namespace

QString usageText()
{
    return QStringLiteral(
        "usage: code-remote-run [options] FILE          (FILE may be - for standard input)\n"
        "  --language ID          python | javascript | cpp | java (default: from the file extension:\n"
        "                         .py, .js/.mjs/.cjs, .cpp/.cc/.cxx, .java)\n"
        "  --std STD              the language standard of C++: c++17 (default), c++11, c++14, c++20,\n"
        "                         gnu++17, gnu++20; of JavaScript: commonjs (default; .js, .cjs) or\n"
        "                         module (default for .mjs: import statements, top-level await)\n"
        "  --languages            list the languages this machine can run, with their toolchains\n"
        "  --build-precompiled-header  build the precompiled <bits/stdc++.h> of --std now, then exit\n"
        "                         (otherwise the first program that includes it starts its build in\n"
        "                         the background and compiles without it)\n"
        "  --profile P            strict (default) | standard\n"
        "  --stdin FILE           what the program reads on standard input (default: nothing, then EOF)\n"
        "  --timeout S            wall-clock limit in seconds (default 30)\n"
        "  --cpu-time S           CPU-time limit in seconds, all processes together (default: the wall limit)\n"
        "  --memory MB            memory limit (default 256)\n"
        "  --output-limit KB      limit on captured stdout+stderr (default 1024)\n"
        "  --env NAME=VALUE       set a variable in the program's environment (repeatable; local only)\n"
        "  --json                 print one JSON object instead of the program's output\n"
        "  --verbose              say on standard error what the run does: compiling, running, and\n"
        "                         when a precompiled header is being built for later programs\n"
        "  --analyze              add the complexity analysis (with --json: as \"analysis\")\n"
        "  --analyze-only         analyze without running\n"
        "  --remote URL           run on a Code Remote server: http(s):// or ws(s)://HOST:PORT\n"
        "                         (default: CODE_REMOTE_URL). Output, --json and exit status are\n"
        "                         those of a local run; the program must be at most 10 KiB and its\n"
        "                         input UTF-8 text; the server caps the limits. --analyze and\n"
        "                         --analyze-only still run here, offline.\n"
        "  --token T              the server's API token (default: CODE_REMOTE_TOKEN)\n"
        "  --sandbox-info         print which isolation layers this machine provides, then exit\n"
        "                         (this machine only: refused with --remote, CODE_REMOTE_URL ignored)\n"
        "  --keep-warm            keep a Python interpreter loaded for each profile until interrupted;\n"
        "                         this user's local runs meanwhile start from it, in a sandbox of\n"
        "                         their own, several times faster\n"
        "  --no-warm-host         do not start this user's warm host (also CODE_REMOTE_WARM_HOST=0).\n"
        "                         Otherwise a local run starts it in the background when none runs:\n"
        "                         it keeps Python loaded as --keep-warm does, and leaves after\n"
        "                         CODE_REMOTE_WARM_HOST_IDLE seconds (default 300) without a run\n"
        "  --help                 this text\n"
        "\n"
        "exit status: the program's own; 124 time limit, 125 sandbox failed, 128+N signal N,\n"
        "130 cancelled; 64-69 refused before running (usage, limit, missing file, language,\n"
        "not UTF-8, too large), 72 the language's toolchain is not installed; with a server:\n"
        "70 unreachable, connection lost or server failure, 75 busy (retry later), 76 protocol\n"
        "error, 77 API token refused.\n");
}

namespace {
bool isServerUrl(const QUrl &url)
{
    static const QStringList kSchemes{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ws"),
                                      QStringLiteral("wss")};
    return url.isValid() && kSchemes.contains(url.scheme()) && !url.host().isEmpty();
}

// --remote and --token, after every option was read: flags won over the environment already.
QString checkRemote(const CliOptions &options, bool urlFromFlag, bool tokenFromFlag)
{
    const QString urlSource = urlFromFlag ? QStringLiteral("--remote") : QStringLiteral("CODE_REMOTE_URL");
    if (!options.isRemote()) {
        return tokenFromFlag
                   ? QStringLiteral("--token needs a server: give --remote URL or set CODE_REMOTE_URL")
                   : QString();
    }
    if (!isServerUrl(remoteTargetOf(options).url))
        return invalid(urlSource, options.remoteUrl,
                       QStringLiteral("http://, https://, ws:// or wss:// and a host"));
    if (options.remoteToken.isEmpty())
        return QStringLiteral(
                   "%1 needs an API token: give --token T or set CODE_REMOTE_TOKEN (create one with "
                   "`code-remote-server token create NAME`)")
            .arg(urlSource);
    if (!options.policy.environment.isEmpty())
        return QStringLiteral("--env cannot be used with %1: a server does not take environment variables")
            .arg(urlSource);
    return QString();
}
} // namespace

remote::RemoteTarget remoteTargetOf(const CliOptions &options)
{
    // As RemoteTarget::fromEnvironment() reads CODE_REMOTE_URL: "127.0.0.1:8000" means http://.
    return remote::RemoteTarget{QUrl::fromUserInput(options.remoteUrl), options.remoteToken};
}

ParseOutcome parseArguments(const QStringList &arguments, const QStringList &environment)
{
    ParseOutcome outcome;
    CliOptions &options = outcome.options;
    auto fail = [&outcome](int code, const QString &message) {
        outcome.exitCode = code;
        outcome.message = message;
        return outcome;
    };

    for (const QString &entry : environment) {
        if (entry.startsWith(QLatin1String("CODE_REMOTE_URL=")))
            options.remoteUrl = entry.mid(16).trimmed();
        else if (entry.startsWith(QLatin1String("CODE_REMOTE_TOKEN=")))
            options.remoteToken = entry.mid(18).trimmed();
    }
    bool urlFromFlag = false;
    bool tokenFromFlag = false;

    static const QRegularExpression kEnvName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        auto value = [&](QString &out) {
            if (i + 1 >= arguments.size())
                return false;
            out = arguments.at(++i);
            return true;
        };
        QString text;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            outcome.showHelp = true;
            return outcome;
        } else if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--sandbox-info")) {
            options.sandboxInfo = true;
        } else if (argument == QLatin1String("--languages")) {
            options.listLanguages = true;
        } else if (argument == QLatin1String("--keep-warm")) {
            options.keepWarm = true;
        } else if (argument == QLatin1String("--no-warm-host")) {
            options.noWarmHost = true;
        } else if (argument == QLatin1String("--warm-host-owner")) {
            options.warmHostOwner = true;
        } else if (argument == QLatin1String("--build-precompiled-header")) {
            options.buildPrecompiledHeader = true;
        } else if (argument == QLatin1String("--verbose")) {
            options.verbose = true;
        } else if (argument == QLatin1String("--analyze")) {
            options.analyze = true;
        } else if (argument == QLatin1String("--analyze-only")) {
            options.analyzeOnly = true;
        } else if (argument == QLatin1String("-") || !argument.startsWith(QLatin1String("--"))) {
            if (!options.file.isEmpty())
                return fail(ExitUsage, QStringLiteral("more than one program given: %1 and %2").arg(options.file, argument));
            options.file = argument;
        } else if (!value(text)) {
            return fail(ExitUsage, QStringLiteral("%1 needs a value").arg(argument));
        } else if (argument == QLatin1String("--language")) {
            options.language = text;
        } else if (argument == QLatin1String("--std")) {
            options.standard = text;
        } else if (argument == QLatin1String("--profile")) {
            const auto profile = runner::profileFromName(text);
            if (!profile)
                return fail(ExitUsage, invalid(argument, text, QStringLiteral("strict or standard")));
            options.policy.profile = *profile;
        } else if (argument == QLatin1String("--stdin")) {
            options.stdinFile = text;
        } else if (argument == QLatin1String("--timeout") || argument == QLatin1String("--cpu-time")) {
            const auto seconds = positiveNumber(text);
            if (!seconds || *seconds > 86400)
                return fail(ExitInvalidLimit, invalid(argument, text, QStringLiteral("seconds, more than 0")));
            const qint64 ms = std::max<qint64>(1, qRound64(*seconds * 1000));
            if (argument == QLatin1String("--timeout"))
                options.policy.limits.wallMs = ms;
            else
                options.policy.limits.cpuMs = ms;
        } else if (argument == QLatin1String("--memory")) {
            const auto mb = positiveNumber(text);
            if (!mb)
                return fail(ExitInvalidLimit, invalid(argument, text, QStringLiteral("megabytes")));
            options.policy.limits.memoryBytes = qRound64(*mb * 1024 * 1024);
        } else if (argument == QLatin1String("--output-limit")) {
            const auto kb = positiveNumber(text);
            if (!kb)
                return fail(ExitInvalidLimit, invalid(argument, text, QStringLiteral("kilobytes")));
            options.policy.limits.outputBytes = qRound64(*kb * 1024);
        } else if (argument == QLatin1String("--env")) {
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            const QString name = text.left(equals);
            if (equals <= 0 || !kEnvName.match(name).hasMatch())
                return fail(ExitUsage, invalid(argument, text, QStringLiteral("NAME=VALUE")));
            options.policy.environment.insert(name, text.mid(equals + 1));
        } else if (argument == QLatin1String("--remote")) {
            // An empty URL runs locally even when CODE_REMOTE_URL is set.
            options.remoteUrl = text.trimmed();
            urlFromFlag = !options.remoteUrl.isEmpty();
        } else if (argument == QLatin1String("--token")) {
            options.remoteToken = text.trimmed();
            tokenFromFlag = true;
        } else {
            return fail(ExitUsage, QStringLiteral("unknown option %1").arg(argument));
        }
    }

    if (const QString error = options.policy.limits.validate(); !error.isEmpty())
        return fail(ExitInvalidLimit, error);
    if (options.keepWarm || options.warmHostOwner) {
        if (!options.file.isEmpty() || urlFromFlag)
            return fail(ExitUsage, QStringLiteral("%1 runs nothing itself: leave out the program and --remote")
                                       .arg(options.keepWarm ? QStringLiteral("--keep-warm")
                                                             : QStringLiteral("--warm-host-owner")));
        options.remoteUrl.clear();
        return outcome;
    }
    if (options.listLanguages)
        return outcome;
    if (options.buildPrecompiledHeader) {
        if (!options.file.isEmpty() || urlFromFlag)
            return fail(ExitUsage, QStringLiteral("--build-precompiled-header runs nothing itself: leave out the program and --remote"));
        options.remoteUrl.clear();
        return outcome;
    }
    if (options.sandboxInfo) {
        // The layers are probed here; nothing in the protocol describes a server's, so saying nothing
        // beats printing this machine's under the server's name.
        if (urlFromFlag)
            return fail(
                ExitUsage,
                QStringLiteral("--sandbox-info describes this machine's sandbox only; leave out --remote"));
        options.remoteUrl.clear();
        return outcome;
    }
    if (options.file.isEmpty())
        return fail(ExitUsage, QStringLiteral("no program given"));
    if (const QString error = checkRemote(options, urlFromFlag, tokenFromFlag); !error.isEmpty())
        return fail(ExitUsage, error);
    return outcome;
}

LoadedProgram loadProgram(const CliOptions &options)
{
    LoadedProgram program;
    auto fail = [&program](int code, const QString &message) {
        program.exitCode = code;
        program.message = message;
        return program;
    };

    const runner::LanguageRegistry &registry = runner::LanguageRegistry::builtin();
    QString language = options.language;
    if (language.isEmpty()) {
        const runner::Language *byName = options.file == QLatin1String("-") ? registry.find(QStringLiteral("python"))
                                                                            : registry.forFileName(options.file);
        if (!byName)
            return fail(ExitUnknownLanguage,
                        QStringLiteral("cannot tell the language of %1; use --language (known: %2)")
                            .arg(options.file, registry.ids().join(QStringLiteral(", "))));
        language = byName->id;
    } else if (!registry.find(language)) {
        return fail(ExitUnknownLanguage, QStringLiteral("unknown language '%1' (known: %2)")
                                             .arg(language, registry.ids().join(QStringLiteral(", "))));
    }
    program.language = language;
    const runner::Language *entry = registry.find(language);
    if (!options.standard.isEmpty() && !entry->standards.contains(options.standard)) {
        return fail(ExitUsage, entry->standards.isEmpty()
                                   ? QStringLiteral("%1 takes no --std").arg(entry->displayName)
                                   : invalid(QStringLiteral("--std"), options.standard,
                                             entry->standards.join(QStringLiteral(", "))));
    }
    // Without --std, the file's extension may name one (JavaScript: .mjs is an ES module).
    program.standard = options.standard.isEmpty() && options.file != QLatin1String("-") ? entry->standardForFileName(options.file)
                                                                                         : options.standard;
    // A server has its own toolchains; here the run needs this machine's.
    if (const QString missing = entry->missingToolchain(); !missing.isEmpty() && !options.isRemote())
        return fail(ExitToolchainMissing, missing);

    QFile file;
    const bool fromStdin = options.file == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(options.file), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(ExitNoInput, QStringLiteral("cannot read %1: %2").arg(options.file, file.errorString()));
    // The profile's limit is the runner's rule (the same for the IDE and a server); a server's protocol
    // carries at most 10 KiB of code whatever the profile.
    const qsizetype profileLimit = qsizetype(runner::maxSourceBytes(options.policy.profile));
    const qsizetype limit = options.isRemote() ? std::min(qsizetype(remote::kMaxCodeBytes), profileLimit) : profileLimit;
    // Read one byte past the limit: enough to know it is too large without reading a huge file.
    program.source = file.read(limit + 1);
    if (program.source.size() > limit) {
        if (const QString tooLarge = runner::sourceSizeError(options.policy.profile, program.source.size());
            !tooLarge.isEmpty())
            return fail(ExitTooLarge, QStringLiteral("%1: %2").arg(options.file, tooLarge));
        return fail(ExitTooLarge, QStringLiteral("%1 is larger than %2 KiB, the limit of a Code Remote server")
                                      .arg(options.file)
                                      .arg(limit / 1024));
    }
    if (!program.source.isValidUtf8())
        return fail(ExitNotUtf8, QStringLiteral("%1 is not UTF-8 text").arg(options.file));

    if (!options.stdinFile.isEmpty()) {
        QFile input(options.stdinFile);
        if (!input.open(QIODevice::ReadOnly))
            return fail(ExitNoInput, QStringLiteral("cannot read %1: %2").arg(options.stdinFile, input.errorString()));
        // A large file is read twice rather than held whole: checked here, fed to the run as it reads.
        // A pipe can be read once only, so it is loaded whatever its size.
        const bool fed = !input.isSequential() && input.size() >= kFedStdinBytes;
        bool utf8 = true;
        if (fed) {
            program.stdinPath = options.stdinFile;
            remote::Utf8Chunker characters;
            while (options.isRemote() && utf8 && !input.atEnd())
                utf8 = characters.take(input.read(kFedStdinBytes)).isValidUtf8();
            utf8 = utf8 && (!options.isRemote() || characters.flush().isEmpty());
        } else {
            program.stdinData = input.readAll();
            utf8 = !options.isRemote() || program.stdinData.isValidUtf8();
        }
        // The protocol carries input as JSON text: other bytes would arrive changed.
        if (!utf8)
            return fail(ExitNotUtf8,
                        QStringLiteral("%1 is not UTF-8 text, which a Code Remote server needs as input")
                            .arg(options.stdinFile));
    }
    return program;
}

QString languagesText()
{
    QString text;
    for (const runner::Language &language : runner::LanguageRegistry::builtin().languages()) {
        const QString missing = language.missingToolchain();
        const QString toolchain = missing.isEmpty() ? language.toolchainVersion()
                                                    : QStringLiteral("not installed (Debian package %1)").arg(language.debianPackage);
        text += QStringLiteral("%1\t%2\t.%3\t%4\n")
                    .arg(language.id, language.displayName, language.fileExtensions.join(QStringLiteral(" .")), toolchain);
    }
    return text;
}

int exitCodeFor(const runner::RunResult &result)
{
    switch (result.status) {
    case runner::RunStatus::TimeLimit:
        return ExitTimeLimit;
    case runner::RunStatus::InternalError:
        return ExitSandboxFailed;
    case runner::RunStatus::Cancelled:
        return ExitCancelled;
    default:
        break;
    }
    if (result.signal)
        return 128 + *result.signal;
    return result.exitCode.value_or(1);
}

} // namespace cli
