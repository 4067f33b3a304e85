#include "RunResult.h"

#include <QJsonArray>

#include <array>

namespace runner {

namespace {
struct StatusName
{
    RunStatus status;
    const char *name;
};
constexpr std::array<StatusName, 9> kStatusNames{{
    {RunStatus::Ok, "ok"},
    {RunStatus::RuntimeError, "runtime_error"},
    {RunStatus::TimeLimit, "time_limit"},
    {RunStatus::MemoryLimit, "memory_limit"},
    {RunStatus::OutputLimit, "output_limit"},
    {RunStatus::SecurityViolation, "security_violation"},
    {RunStatus::CompileError, "compile_error"},
    {RunStatus::InternalError, "internal_error"},
    {RunStatus::Cancelled, "cancelled"},
}};

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<int> intOrNull(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    return std::nullopt;
}
} // namespace

QString statusName(RunStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("internal_error");
}

std::optional<RunStatus> statusFromName(const QString &name)
{
    for (const auto &entry : kStatusNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

QJsonObject Violation::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("line"), line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null)}};
}

Violation Violation::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("kind")).toString(), object.value(QStringLiteral("detail")).toString(),
            object.value(QStringLiteral("line")).toInt()};
}

QJsonObject RunResult::toJson() const
{
    QJsonArray violationArray;
    for (const Violation &violation : violations)
        violationArray.append(violation.toJson());

    QJsonValue limitValue(QJsonValue::Null);
    if (limit == TimeLimitKind::Wall)
        limitValue = QStringLiteral("wall");
    else if (limit == TimeLimitKind::Cpu)
        limitValue = QStringLiteral("cpu");

    // Output is UTF-8 text for JSON; invalid sequences become U+FFFD rather than breaking the document.
    QJsonObject object{
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("exit_code"), optionalInt(exitCode)},
        {QStringLiteral("signal"), optionalInt(signal)},
        {QStringLiteral("limit"), limitValue},
        {QStringLiteral("stdout"), QString::fromUtf8(stdoutData)},
        {QStringLiteral("stderr"), QString::fromUtf8(stderrData)},
        {QStringLiteral("output_truncated"), outputTruncated},
        {QStringLiteral("wall_ms"), qRound(wallMs * 10) / 10.0},
        {QStringLiteral("cpu_ms"), qRound(cpuMs * 10) / 10.0},
        {QStringLiteral("peak_memory_kb"), peakMemoryKb},
        {QStringLiteral("language"), language},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("violations"), violationArray},
    };
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    return object;
}

RunResult RunResult::fromJson(const QJsonObject &object)
{
    RunResult result;
    result.status = statusFromName(object.value(QStringLiteral("status")).toString())
                        .value_or(RunStatus::InternalError);
    result.exitCode = intOrNull(object.value(QStringLiteral("exit_code")));
    result.signal = intOrNull(object.value(QStringLiteral("signal")));
    const QString limit = object.value(QStringLiteral("limit")).toString();
    result.limit = limit == QLatin1String("wall") ? TimeLimitKind::Wall
                   : limit == QLatin1String("cpu") ? TimeLimitKind::Cpu
                                                    : TimeLimitKind::None;
    result.stdoutData = object.value(QStringLiteral("stdout")).toString().toUtf8();
    result.stderrData = object.value(QStringLiteral("stderr")).toString().toUtf8();
    result.outputTruncated = object.value(QStringLiteral("output_truncated")).toBool();
    result.wallMs = object.value(QStringLiteral("wall_ms")).toDouble();
    result.cpuMs = object.value(QStringLiteral("cpu_ms")).toDouble();
    result.peakMemoryKb = object.value(QStringLiteral("peak_memory_kb")).toInteger();
    result.language = object.value(QStringLiteral("language")).toString();
    result.profile = object.value(QStringLiteral("profile")).toString();
    const QJsonArray violationArray = object.value(QStringLiteral("violations")).toArray();
    for (const QJsonValue &value : violationArray)
        result.violations.append(Violation::fromJson(value.toObject()));
    result.message = object.value(QStringLiteral("message")).toString();
    result.preloaded = object.value(QStringLiteral("preloaded")).toBool();
    return result;
}

QString RunResult::summary() const
{
    QString text = statusName(status);
    if (limit != TimeLimitKind::None)
        text += limit == TimeLimitKind::Wall ? QStringLiteral(" (wall)") : QStringLiteral(" (cpu)");
    if (exitCode)
        text += QStringLiteral(" · exit %1").arg(*exitCode);
    if (signal)
        text += QStringLiteral(" · signal %1").arg(*signal);
    text += QStringLiteral(" · %1 ms").arg(qRound(wallMs));
    text += QStringLiteral(" · %1 MB").arg(peakMemoryKb / 1024.0, 0, 'f', 1);
    return text;
}

} // namespace runner
