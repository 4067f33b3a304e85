#include "RunResult.h"

#include "sandbox/Contract.h"

#include <QJsonArray>

#include <array>

namespace runner {

namespace contractStatus = sandbox::contract::status;
namespace field = sandbox::contract::field;

namespace {
struct StatusName
{
    RunStatus status;
    const char *name;
};
constexpr std::array<StatusName, 9> kStatusNames{{
    {RunStatus::Ok, contractStatus::kOk},
    {RunStatus::RuntimeError, contractStatus::kRuntimeError},
    {RunStatus::TimeLimit, contractStatus::kTimeLimit},
    {RunStatus::MemoryLimit, contractStatus::kMemoryLimit},
    {RunStatus::OutputLimit, contractStatus::kOutputLimit},
    {RunStatus::SecurityViolation, contractStatus::kSecurityViolation},
    {RunStatus::CompileError, contractStatus::kCompileError},
    {RunStatus::InternalError, contractStatus::kInternalError},
    {RunStatus::Cancelled, contractStatus::kCancelled},
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
    return QString::fromLatin1(contractStatus::kInternalError);
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
    return {{QLatin1String(field::kKind), kind},
            {QLatin1String(field::kDetail), detail},
            {QLatin1String(field::kLine), line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null)}};
}

Violation Violation::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String(field::kKind)).toString(), object.value(QLatin1String(field::kDetail)).toString(),
            object.value(QLatin1String(field::kLine)).toInt()};
}

QJsonObject Diagnostic::toJson() const
{
    return {{QLatin1String(field::kLine), line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null)},
            {QLatin1String(field::kColumn), column > 0 ? QJsonValue(column) : QJsonValue(QJsonValue::Null)},
            {QLatin1String(field::kSeverity), severity},
            {QLatin1String(field::kDiagnosticMessage), message}};
}

Diagnostic Diagnostic::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String(field::kLine)).toInt(), object.value(QLatin1String(field::kColumn)).toInt(),
            object.value(QLatin1String(field::kSeverity)).toString(),
            object.value(QLatin1String(field::kDiagnosticMessage)).toString()};
}

QJsonObject RunResult::toJson() const
{
    QJsonArray violationArray;
    for (const Violation &violation : violations)
        violationArray.append(violation.toJson());

    QJsonValue limitValue(QJsonValue::Null);
    if (limit == TimeLimitKind::Wall)
        limitValue = QString::fromLatin1(sandbox::contract::limit::kWall);
    else if (limit == TimeLimitKind::Cpu)
        limitValue = QString::fromLatin1(sandbox::contract::limit::kCpu);

    // Output is UTF-8 text for JSON; invalid sequences become U+FFFD rather than breaking the document.
    QJsonObject object{
        {QLatin1String(field::kStatus), statusName(status)},
        {QLatin1String(field::kExitCode), optionalInt(exitCode)},
        {QLatin1String(field::kSignal), optionalInt(signal)},
        {QLatin1String(field::kLimit), limitValue},
        {QStringLiteral("stdout"), QString::fromUtf8(stdoutData)},
        {QStringLiteral("stderr"), QString::fromUtf8(stderrData)},
        {QLatin1String(field::kOutputTruncated), outputTruncated},
        {QLatin1String(field::kWallMs), qRound(wallMs * 10) / 10.0},
        {QLatin1String(field::kCpuMs), qRound(cpuMs * 10) / 10.0},
        {QLatin1String(field::kPeakMemoryKb), peakMemoryKb},
        {QStringLiteral("language"), language},
        {QStringLiteral("profile"), profile},
        {QLatin1String(field::kViolations), violationArray},
    };
    if (!message.isEmpty())
        object.insert(QLatin1String(field::kMessage), message);
    // Only compiled languages have these; a Python result stays as it always was.
    if (!diagnostics.isEmpty() || status == RunStatus::CompileError) {
        QJsonArray diagnosticArray;
        for (const Diagnostic &diagnostic : diagnostics)
            diagnosticArray.append(diagnostic.toJson());
        object.insert(QLatin1String(field::kDiagnostics), diagnosticArray);
    }
    if (compileMs > 0)
        object.insert(QLatin1String(field::kCompileMs), qRound(compileMs * 10) / 10.0);
    return object;
}

RunResult RunResult::fromJson(const QJsonObject &object)
{
    RunResult result;
    result.status = statusFromName(object.value(QLatin1String(field::kStatus)).toString())
                        .value_or(RunStatus::InternalError);
    result.exitCode = intOrNull(object.value(QLatin1String(field::kExitCode)));
    result.signal = intOrNull(object.value(QLatin1String(field::kSignal)));
    const QString limit = object.value(QLatin1String(field::kLimit)).toString();
    result.limit = limit == QLatin1String(sandbox::contract::limit::kWall) ? TimeLimitKind::Wall
                   : limit == QLatin1String(sandbox::contract::limit::kCpu) ? TimeLimitKind::Cpu
                                                    : TimeLimitKind::None;
    result.stdoutData = object.value(QStringLiteral("stdout")).toString().toUtf8();
    result.stderrData = object.value(QStringLiteral("stderr")).toString().toUtf8();
    result.outputTruncated = object.value(QLatin1String(field::kOutputTruncated)).toBool();
    result.wallMs = object.value(QLatin1String(field::kWallMs)).toDouble();
    result.cpuMs = object.value(QLatin1String(field::kCpuMs)).toDouble();
    result.peakMemoryKb = object.value(QLatin1String(field::kPeakMemoryKb)).toInteger();
    result.language = object.value(QStringLiteral("language")).toString();
    result.profile = object.value(QStringLiteral("profile")).toString();
    const QJsonArray violationArray = object.value(QLatin1String(field::kViolations)).toArray();
    for (const QJsonValue &value : violationArray)
        result.violations.append(Violation::fromJson(value.toObject()));
    result.message = object.value(QLatin1String(field::kMessage)).toString();
    const QJsonArray diagnosticArray = object.value(QLatin1String(field::kDiagnostics)).toArray();
    for (const QJsonValue &value : diagnosticArray)
        result.diagnostics.append(Diagnostic::fromJson(value.toObject()));
    result.compileMs = object.value(QLatin1String(field::kCompileMs)).toDouble();
    result.preloaded = object.value(QLatin1String(field::kPreloaded)).toBool();
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
