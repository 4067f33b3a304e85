#include "SandboxPolicy.h"

#include <QRegularExpression>

#include <algorithm>

namespace runner {

QString profileName(Profile profile)
{
    return profile == Profile::Strict ? QStringLiteral("strict") : QStringLiteral("standard");
}

std::optional<Profile> profileFromName(const QString &name)
{
    if (name == QLatin1String("strict"))
        return Profile::Strict;
    if (name == QLatin1String("standard"))
        return Profile::Standard;
    return std::nullopt;
}

qint64 maxSourceBytes(Profile profile)
{
    return profile == Profile::Strict ? 10 * 1024 : 1024 * 1024;
}

QString sourceSizeError(Profile profile, qint64 bytes)
{
    const qint64 limit = maxSourceBytes(profile);
    if (bytes <= limit)
        return {};
    const QString size = limit >= 1024 * 1024 ? QStringLiteral("%1 MiB").arg(limit / (1024 * 1024))
                                              : QStringLiteral("%1 KiB").arg(limit / 1024);
    return QStringLiteral("the program is larger than %1, the limit of the %2 profile").arg(size, profileName(profile));
}

QString Limits::validate() const
{
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    if (wallMs <= 0 || wallMs > kDay)
        return QStringLiteral("the wall-clock limit must be between 1 ms and 24 hours");
    if (cpuMs < 0 || cpuMs > kDay)
        return QStringLiteral("the CPU-time limit must be between 1 ms and 24 hours");
    if (memoryBytes < 16LL * 1024 * 1024 || memoryBytes > 64LL * 1024 * 1024 * 1024)
        return QStringLiteral("the memory limit must be between 16 MB and 64 GB");
    if (outputBytes < 1 || outputBytes > 1024LL * 1024 * 1024)
        return QStringLiteral("the output limit must be between 1 byte and 1 GiB");
    if (processes < 1 || processes > 4096)
        return QStringLiteral("the process limit must be between 1 and 4096");
    if (compileWallMs <= 0 || compileWallMs > kDay)
        return QStringLiteral("the compile step's wall-clock limit must be between 1 ms and 24 hours");
    if (compileMemoryBytes < 16LL * 1024 * 1024 || compileMemoryBytes > 64LL * 1024 * 1024 * 1024)
        return QStringLiteral("the compile step's memory limit must be between 16 MB and 64 GB");
    if (fileSizeBytes < 1 || workDirBytes < 1024 * 1024 || workDirFiles < 16 || openFiles < 16)
        return QStringLiteral("the file limits are too small to start a program");
    return {};
}

Limits Limits::cappedBy(const Limits &maximum) const
{
    Limits capped = *this;
    capped.wallMs = std::min(wallMs, maximum.wallMs);
    capped.cpuMs = std::min(effectiveCpuMs(), maximum.effectiveCpuMs());
    capped.memoryBytes = std::min(memoryBytes, maximum.memoryBytes);
    capped.outputBytes = std::min(outputBytes, maximum.outputBytes);
    capped.processes = std::min(processes, maximum.processes);
    capped.fileSizeBytes = std::min(fileSizeBytes, maximum.fileSizeBytes);
    capped.workDirBytes = std::min(workDirBytes, maximum.workDirBytes);
    capped.workDirFiles = std::min(workDirFiles, maximum.workDirFiles);
    capped.openFiles = std::min(openFiles, maximum.openFiles);
    capped.compileWallMs = std::min(compileWallMs, maximum.compileWallMs);
    capped.compileMemoryBytes = std::min(compileMemoryBytes, maximum.compileMemoryBytes);
    return capped;
}

bool Limits::operator==(const Limits &other) const
{
    return wallMs == other.wallMs && effectiveCpuMs() == other.effectiveCpuMs()
           && memoryBytes == other.memoryBytes && outputBytes == other.outputBytes
           && processes == other.processes && fileSizeBytes == other.fileSizeBytes
           && workDirBytes == other.workDirBytes && workDirFiles == other.workDirFiles
           && openFiles == other.openFiles && compileWallMs == other.compileWallMs
           && compileMemoryBytes == other.compileMemoryBytes;
}

QString SandboxPolicy::validate() const
{
    if (QString error = limits.validate(); !error.isEmpty())
        return error;
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (!kName.match(it.key()).hasMatch())
            return QStringLiteral("invalid environment variable name: %1").arg(it.key());
        if (it.value().contains(QChar(0)))
            return QStringLiteral("environment variable %1 contains a NUL byte").arg(it.key());
    }
    return {};
}

} // namespace runner
