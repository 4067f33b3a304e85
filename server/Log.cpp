#include "Log.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>

namespace server {

namespace {
std::atomic<int> g_minimumLevel{int(LogLevel::Info)};

const char *levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warning: return "warning";
    case LogLevel::Error: return "error";
    }
    return "info";
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const LogLevel level = type == QtDebugMsg || type == QtInfoMsg ? LogLevel::Debug
                           : type == QtWarningMsg                  ? LogLevel::Warning
                                                                   : LogLevel::Error;
    Log::event(level, QStringLiteral("qt"), {{QStringLiteral("message"), message}});
}
} // namespace

void Log::setMinimumLevel(LogLevel level)
{
    g_minimumLevel = int(level);
}

std::optional<LogLevel> Log::levelFromName(const QString &name)
{
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error}) {
        if (name == QLatin1String(levelName(level)))
            return level;
    }
    return std::nullopt;
}

void Log::installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

void Log::event(LogLevel level, const QString &name, QJsonObject fields)
{
    if (int(level) < g_minimumLevel)
        return;
    fields.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QLatin1String(levelName(level)));
    fields.insert(QStringLiteral("event"), name);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    // One fwrite per line keeps lines whole when several threads (Qt's) log at once.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace server
