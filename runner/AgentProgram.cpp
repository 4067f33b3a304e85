#include "AgentProgram.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace runner {

namespace {
QString resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The agent's modules: the name each is imported as and the file name its frames carry (under
// /work/.code-remote/, which tracebacks and the call stack leave out).
struct AgentModule
{
    const char *name;
    const char *file;
    const char *resource;
};
// In loading order: each imports only those before it.
constexpr AgentModule kModules[] = {
    {"code_remote_channel", "/work/.code-remote/channel.py", ":/runner/debug_channel.py"},
    {"code_remote_agent", "/work/.code-remote/agent.py", ":/runner/debug_agent.py"},
    {"code_remote_debugger", "/work/.code-remote/debugger.py", ":/runner/debug_tracer.py"},
    {"code_remote_shell", "/work/.code-remote/shell.py", ":/runner/debug_shell.py"},
};
} // namespace

double shellCommandSeconds(const AgentRequest &request)
{
    return double(request.run.policy.limits.wallMs) / 1000.0;
}

RunRequest agentRunRequest(const AgentRequest &request, QString &error)
{
    const RunRequest &run = request.run;
    if (run.language != QLatin1String("python")) {
        error = QStringLiteral("debugging and the shell support Python only");
        return {};
    }
    if (const QString tooLarge = sourceSizeError(run.policy.profile, run.source.size()); !tooLarge.isEmpty()) {
        error = tooLarge;
        return {};
    }
    QJsonArray modules;
    for (const AgentModule &module : kModules) {
        const QString source = resource(QString::fromLatin1(module.resource));
        if (source.isEmpty()) {
            error = QStringLiteral("the debug agent is missing from this build");
            return {};
        }
        modules.append(QJsonArray{QString::fromLatin1(module.name), QString::fromLatin1(module.file), source});
    }
    const bool strict = run.policy.profile == Profile::Strict;
    QJsonObject config{{QStringLiteral("mode"), request.mode == AgentMode::Shell ? QStringLiteral("shell")
                                                                                 : QStringLiteral("debug")},
                       {QStringLiteral("profile"), profileName(run.policy.profile)},
                       {QStringLiteral("program"), QString::fromUtf8(run.source)},
                       {QStringLiteral("stop_on_entry"), request.stopOnEntry},
                       {QStringLiteral("stop_on_exception"), request.stopOnException},
                       {QStringLiteral("command_seconds"), shellCommandSeconds(request)},
                       {QStringLiteral("idle_seconds"), double(request.idleMs) / 1000.0},
                       {QStringLiteral("modules"), modules}};
    QJsonArray breakpoints;
    for (const Breakpoint &breakpoint : request.breakpoints) {
        QJsonObject item{{QStringLiteral("line"), breakpoint.line}};
        if (!breakpoint.condition.trimmed().isEmpty())
            item.insert(QStringLiteral("condition"), breakpoint.condition);
        breakpoints.append(item);
    }
    config.insert(QStringLiteral("breakpoints"), breakpoints);
    if (strict) {
        const QString guard = resource(QStringLiteral(":/runner/python_guard.py"));
        if (guard.isEmpty()) {
            error = QStringLiteral("the Python guard is missing from this build");
            return {};
        }
        config.insert(QStringLiteral("guard"), guard);
    }

    // The bootstrap: the only code of main.py. The configuration travels as base64 so that no text
    // of the user's program can end the literal it sits in.
    const QByteArray encoded = QJsonDocument(config).toJson(QJsonDocument::Compact).toBase64();
    QByteArray bootstrap = "import binascii, json, sys, types\n"
                           "C = json.loads(binascii.a2b_base64(b'";
    bootstrap += encoded;
    bootstrap += "'))\n"
                 "for n, f, s in C.pop('modules'):\n"
                 "    m = sys.modules[n] = types.ModuleType(n); exec(compile(s, f, 'exec'), m.__dict__)\n"
                 "sys.exit(sys.modules['code_remote_agent'].main(C))\n";

    RunRequest sandboxed = run;
    sandboxed.source = bootstrap;
    sandboxed.policy.profile = Profile::Standard;
    sandboxed.policy.limits.wallMs = request.sessionMs;
    sandboxed.policy.limits.cpuMs = request.mode == AgentMode::Shell ? request.sessionMs
                                                                     : run.policy.limits.effectiveCpuMs();
    sandboxed.stdinData.clear();
    sandboxed.keepStdinOpen = true;
    sandboxed.collectOutput = false;
    return sandboxed;
}

} // namespace runner
