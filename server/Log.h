#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace server {

// Structured logs: one JSON object per line on standard error, so that a log shipper can index the
// fields ("event", "job_id", "owner", ...) without parsing prose.
enum class LogLevel { Debug, Info, Warning, Error };

class Log
{
public:
    static void setMinimumLevel(LogLevel level);
    static std::optional<LogLevel> levelFromName(const QString &name);
    // Routes Qt's own qWarning()/qCritical() through the same JSON lines.
    static void installQtMessageHandler();

    static void event(LogLevel level, const QString &name, QJsonObject fields = {});
    static void info(const QString &name, QJsonObject fields = {}) { event(LogLevel::Info, name, std::move(fields)); }
    static void warning(const QString &name, QJsonObject fields = {}) { event(LogLevel::Warning, name, std::move(fields)); }
    static void debug(const QString &name, QJsonObject fields = {}) { event(LogLevel::Debug, name, std::move(fields)); }
};

} // namespace server
