#pragma once

#include <runner/RunSession.h>

#include <QString>
#include <QStringList>

namespace remote {
struct RemoteTarget;
}

namespace cli {

// Exit codes of code-remote-run for input it refuses before anything runs, and for a server that does not
// run the program. Each failure has its own code so scripts can tell them apart; a run that happens exits
// with the program's own status.
enum ExitCode {
    ExitUsage = 64,          // unknown option, missing value
    ExitInvalidLimit = 65,   // a limit that is not a number or out of range
    ExitNoInput = 66,        // FILE or --stdin FILE missing or unreadable
    ExitUnknownLanguage = 67,
    ExitNotUtf8 = 68,        // the program is not UTF-8 text
    ExitTooLarge = 69,       // over 10 KiB in the strict profile (the hosted platform's limit), 1 MiB else
    ExitRemoteFailed = 70,   // the server could not be reached, the connection was lost, the server failed
    // EX_OSFILE: the language's toolchain (compiler, runtime) is not installed; the message names its
    // Debian package. Apart from 67 (a language this program does not know at all).
    ExitToolchainMissing = 72,
    // The other failures of a server, numbered as in sysexits.h.
    ExitRemoteBusy = 75,     // EX_TEMPFAIL: its queue is full or it limits this token: retry later
    ExitRemoteProtocol = 76, // EX_PROTOCOL: the server and this client do not understand each other
    ExitRemoteUnauthorized = 77, // EX_NOPERM: the server refused the API token
    ExitTimeLimit = 124,
    ExitSandboxFailed = 125,
    ExitCancelled = 130,
};


struct CliOptions
{
    QString file;            // "-" for standard input
    QString language;        // empty: from the file's extension
    QString stdinFile;       // empty: nothing, then EOF
    bool json = false;
    bool sandboxInfo = false;
    bool listLanguages = false; // --languages: what this machine can run, with toolchain versions
    QString standard;           // --std: the language standard of a compiled language
    bool keepWarm = false;   // keep sandbox hosts for this user's later runs (see runner::SandboxHostPool)
    bool noWarmHost = false; // --no-warm-host: do not start the warm host (see WarmHost.h)
    bool warmHostOwner = false; // internal: be the warm host's owner that a run started (see WarmHost.h)
    // build the precompiled header of --language (cpp) and --std, then leave (see HeaderBuilds.h); what
    // a run starts in the background, and what a user may run ahead
    bool buildPrecompiledHeader = false;
    bool verbose = false;    // --verbose: say on standard error what the run does (compiling, running)
    bool analyze = false;
    bool analyzeOnly = false;
    QString remoteUrl;   // empty: run locally; else --remote, or CODE_REMOTE_URL when no flag gave one
    QString remoteToken; // --token, or CODE_REMOTE_TOKEN
    runner::SandboxPolicy policy;

    bool isRemote() const { return !remoteUrl.isEmpty(); }
};

// The server and token to run on (only meaningful when isRemote()).
remote::RemoteTarget remoteTargetOf(const CliOptions &options);

// Why a run ended without a result of its own (a server that could not be reached or refused it): one
// line for standard error, without the program's name, and the exit code.
struct RunFailure
{
    int exitCode = ExitRemoteFailed;
    QString message;
};

struct ParseOutcome
{
    CliOptions options;
    int exitCode = 0;        // non-zero: stop with this code after printing `message`
    QString message;
    bool showHelp = false;
};

// Parses the arguments (without argv[0]) and the variables CODE_REMOTE_URL and CODE_REMOTE_TOKEN.
ParseOutcome parseArguments(const QStringList &arguments, const QStringList &environment);

QString usageText();

// The --languages listing: one line per language, with its extensions and its toolchain's version, or
// the Debian package to install when it is missing.
QString languagesText();

// The program and its language, read and checked: exists, UTF-8, within the size limit (10 KiB for a
// server whatever the profile), and for a server standard input that is UTF-8 text too.
struct LoadedProgram
{
    QByteArray source;
    QByteArray stdinData;
    // A --stdin file larger than kFedStdinBytes: read as the run takes it (InputFeeder), not loaded here.
    QString stdinPath;
    QString language;
    QString standard; // --std, checked against the language's standards
    int exitCode = 0;
    QString message;
};
LoadedProgram loadProgram(const CliOptions &options);
// From this size on, a regular --stdin file is fed to the run as it reads rather than loaded at once.
constexpr qint64 kFedStdinBytes = 1024 * 1024;

// The exit status a finished run gives the CLI: the program's own, 124 on a time limit, 125 when the
// sandbox failed, 128+N when a signal ended it, 130 when it was cancelled.
int exitCodeFor(const runner::RunResult &result);

} // namespace cli
