#include "ServerMain.h"

#include "AnalyzerBackend.h"
#include "Database.h"
#include <runner/LocalRunSession.h>
#include <runner/SandboxHostPool.h>
#include "Log.h"
#include "Server.h"
#include "ServerConfig.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace server {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: the event loop does the rest.
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

int tokenCommand(const QStringList &words, const ServerConfig &config)
{
    const QString action = words.value(1);
    if (const QString error = Database::open(config.databaseLocation()); !error.isEmpty()) {
        printLine(stderr, QStringLiteral("code-remote-server: %1").arg(error));
        return 1;
    }
    TokenStore tokens;
    int status = 0;
    if (action == QLatin1String("create") && words.size() == 3) {
        const TokenStore::Created created = tokens.create(words.at(2));
        if (!created.error.isEmpty()) {
            printLine(stderr, QStringLiteral("code-remote-server: %1").arg(created.error));
            status = 1;
        } else {
            printLine(stderr, QStringLiteral("Created token \"%1\". It is shown once; store it now.").arg(words.at(2)));
            std::fflush(stderr);
            printLine(stdout, created.token); // alone on the last line: scripts take it from there
        }
    } else if (action == QLatin1String("list") && words.size() == 2) {
        for (const TokenInfo &info : tokens.list()) {
            printLine(stdout, QStringLiteral("%1\tcreated %2\t%3")
                                  .arg(info.name, info.createdAt.toString(Qt::ISODate),
                                       info.revokedAt ? QStringLiteral("revoked %1").arg(info.revokedAt->toString(Qt::ISODate))
                                                      : QStringLiteral("active")));
        }
    } else if (action == QLatin1String("revoke") && words.size() == 3) {
        if (const QString error = tokens.revoke(words.at(2)); !error.isEmpty()) {
            printLine(stderr, QStringLiteral("code-remote-server: %1").arg(error));
            status = 1;
        } else {
            printLine(stdout, QStringLiteral("Revoked token \"%1\".").arg(words.at(2)));
        }
    } else {
        printLine(stderr, QStringLiteral("usage: code-remote-server token create NAME | list | revoke NAME [--data-dir DIR]"));
        status = 2;
    }
    Database::close();
    return status;
}

} // namespace

int runServerCommand(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        printLine(stdout, ServerConfig::usage());
        return 0;
    }
    if (arguments.contains(QLatin1String("--version"))) {
        printLine(stdout, QStringLiteral("code-remote-server %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    ServerConfig config;
    QStringList positional;
    if (const QString error = ServerConfig::load(arguments, config, positional); !error.isEmpty()) {
        printLine(stderr, QStringLiteral("code-remote-server: %1").arg(error));
        return 2;
    }
    if (!positional.isEmpty()) {
        if (positional.first() == QLatin1String("token"))
            return tokenCommand(positional, config);
        printLine(stderr, QStringLiteral("code-remote-server: unexpected argument \"%1\" (see --help)").arg(positional.first()));
        return 2;
    }

    Log::setMinimumLevel(Log::levelFromName(config.logLevel).value_or(LogLevel::Info));
    Log::installQtMessageHandler();

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0) {
        printLine(stderr, QStringLiteral("code-remote-server: cannot set up signal handling"));
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    // A client that vanishes mid-write must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);

    // Jobs start from a loaded interpreter in a sandbox host; declared first, so it outlives the server.
    runner::SandboxHostPool sandboxHosts;
    // As many sandboxes prepared as jobs may start at once.
    sandboxHosts.setSparesPerHost(config.effectiveWorkers());
    Server server(config, [&sandboxHosts] { return new runner::LocalRunSession(nullptr, &sandboxHosts); },
                  std::make_unique<AnalyzerBackend>(AnalyzerBackend::Settings::fromConfig(config)));
    if (const QString error = server.start(); !error.isEmpty()) {
        Log::event(LogLevel::Error, QStringLiteral("server.start_failed"), {{QStringLiteral("message"), error}});
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&server] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        server.shutdown();
    });
    QObject::connect(&server, &Server::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
    return QCoreApplication::exec();
}

} // namespace server
