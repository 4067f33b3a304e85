#include "SandboxProtocol.h"

#include "sandbox/Contract.h"
#include "sandbox/WireFormat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <QFileInfo>

#include <algorithm>
#include <string>

namespace runner {

namespace recordKey = sandbox::contract::key;

namespace {
void record(std::string &out, const char *key, const QByteArray &value)
{
    sandbox::wire::appendRecord(out, key, std::string_view(value.constData(), static_cast<size_t>(value.size())));
}

void record(std::string &out, const char *key, qint64 value)
{
    sandbox::wire::appendRecord(out, key, std::to_string(value));
}

// What the placeholders of a language's commands stand for in one run (see Command).
struct Placeholders
{
    QString source;
    QString main;
    QString guard;
    QString standard;
    qint64 heapMb = 0;
    qint64 compileHeapMb = 0;
};

// The work directory is the program's current directory in every sandbox mode (a tmpfs /work with
// namespaces, a private host directory without), so paths in commands are relative to it.
QString expand(const QString &argument, const Placeholders &values)
{
    QString expanded = argument;
    expanded.replace(QStringLiteral("{source}"), values.source);
    expanded.replace(QStringLiteral("{main}"), values.main);
    expanded.replace(QStringLiteral("{guard}"), values.guard);
    expanded.replace(QStringLiteral("{std}"), values.standard);
    expanded.replace(QStringLiteral("{heap_mb}"), QString::number(values.heapMb));
    expanded.replace(QStringLiteral("{compile_heap_mb}"), QString::number(values.compileHeapMb));
    return expanded;
}

// A share of `bytes` in MiB, never less than 16 (below that no runtime starts at all).
qint64 heapMb(qint64 bytes, int percent)
{
    return std::max<qint64>(16, bytes / (1024 * 1024) * percent / 100);
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return !path.isEmpty() && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Guard
{
    QString fileName;
    QByteArray content;
};

// The guard as bytecode when it was compiled for this very interpreter, else as source.
Guard guardFor(const Language &language, const QString &executable)
{
    const QByteArray compiledFor = readResource(language.strictGuardInterpreterResource).trimmed();
    if (!compiledFor.isEmpty() && QFileInfo(executable).canonicalFilePath() == QString::fromUtf8(compiledFor)) {
        const QByteArray bytecode = readResource(language.strictGuardCompiledResource);
        if (!bytecode.isEmpty())
            return {language.strictGuardFileName + QLatin1Char('c'), bytecode};
    }
    return {language.strictGuardFileName, readResource(language.strictGuardResource)};
}
} // namespace

namespace {
Placeholders placeholdersFor(const RunRequest &request, const Language &language, const QString &guardFileName)
{
    Placeholders values;
    values.source = language.sourceFileNameFor(request.source, request.languageStandard);
    values.main = language.mainNameFor(request.source);
    values.guard = guardFileName;
    values.standard = request.languageStandard.isEmpty() ? language.standards.value(0) : request.languageStandard;
    values.heapMb = heapMb(request.policy.limits.memoryBytes, language.heapPercent);
    values.compileHeapMb = heapMb(request.policy.limits.compileMemoryBytes, 50);
    return values;
}
} // namespace

QByteArray compileCacheKey(const RunRequest &request, const Language &language)
{
    if (!language.compile)
        return {};
    const QString compiler = Language::resolveExecutable(*language.compile);
    const QFileInfo info(compiler);
    if (compiler.isEmpty())
        return {};
    const Placeholders values = placeholdersFor(request, language, {});
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto part = [&hash](const QByteArray &bytes) {
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    part(language.id.toUtf8());
    part(info.canonicalFilePath().toUtf8());
    part(QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    for (const QString &argument : language.compile->arguments)
        part(expand(argument, values).toUtf8());
    part(values.source.toUtf8());
    part(request.source);
    return hash.result();
}

QByteArray encodeSandboxRequest(const RunRequest &request, const Language &language, QString &error,
                                const CompiledFiles *cached, const QString &precompiledHeaders)
{
    const bool strict = request.policy.profile == Profile::Strict && language.strictRun.has_value();
    const Command &command = strict ? *language.strictRun : language.run;
    // A compiled program is a file of the work directory ("./main"), which exists only once compiled.
    const bool inWorkDirectory = command.executableCandidates.size() == 1
                                 && command.executableCandidates.front().startsWith(QLatin1String("./"));
    const QString executable = inWorkDirectory ? command.executableCandidates.front() : Language::resolveExecutable(command);
    if (const QString missing = language.missingToolchain(); !missing.isEmpty() || executable.isEmpty()) {
        error = missing.isEmpty() ? QStringLiteral("%1 is not installed").arg(language.displayName) : missing;
        return {};
    }
    QString compiler;
    if (language.compile)
        compiler = Language::resolveExecutable(*language.compile);
    if (!request.languageStandard.isEmpty() && !language.standards.contains(request.languageStandard)) {
        error = language.standards.isEmpty()
                    ? QStringLiteral("%1 takes no language standard").arg(language.displayName)
                    : QStringLiteral("unknown %1 standard '%2' (known: %3)")
                          .arg(language.displayName, request.languageStandard, language.standards.join(QStringLiteral(", ")));
        return {};
    }

    Guard guard;
    if (strict && !language.strictGuardResource.isEmpty()) {
        guard = guardFor(language, executable);
        if (guard.content.isEmpty()) {
            error = QStringLiteral("the %1 guard is missing from this build").arg(language.displayName);
            return {};
        }
    }

    const Limits &limits = request.policy.limits;
    const Placeholders values = placeholdersFor(request, language, guard.fileName);

    std::string records;
    record(records, recordKey::kArg, executable.toUtf8());
    for (const QString &argument : command.arguments)
        record(records, recordKey::kArg, expand(argument, values).toUtf8());
    if (cached) {
        for (const auto &[name, content] : *cached) {
            record(records, (recordKey::kFilePrefix + name.toStdString()).c_str(), content);
            if (name == language.compiledExecutable)
                record(records, recordKey::kExecutable, name.toUtf8());
        }
    } else if (!compiler.isEmpty()) {
        record(records, recordKey::kCompileArg, compiler.toUtf8());
        if (!precompiledHeaders.isEmpty()) {
            // GCC looks for NAME.gch in each include directory before NAME, and says when one does
            // not fit (then it reads the header itself).
            record(records, recordKey::kPchDir, QFile::encodeName(precompiledHeaders));
            record(records, recordKey::kCompileArg, QByteArrayLiteral("-I/pch"));
            record(records, recordKey::kCompileArg, QByteArrayLiteral("-Winvalid-pch"));
        }
        for (const QString &argument : language.compile->arguments)
            record(records, recordKey::kCompileArg, expand(argument, values).toUtf8());
        for (const QString &pattern : language.compileProducts)
            record(records, recordKey::kCollect, pattern.toUtf8());
        record(records, recordKey::kCompileWallMs, request.policy.limits.compileWallMs);
        record(records, recordKey::kCompileMemoryBytes, request.policy.limits.compileMemoryBytes);
        record(records, recordKey::kCompileSeccompGroups, language.compileSeccompGroups.join(QLatin1Char(',')).toUtf8());
    }
    if (!request.readOnlyCache.isEmpty())
        record(records, recordKey::kCacheDir, QFile::encodeName(request.readOnlyCache));
    const bool noProcesses = request.policy.profile == Profile::Strict && language.strictForbidsProcesses;
    record(records, recordKey::kSeccomp,
           QByteArray(noProcesses ? sandbox::contract::seccomp::kNoProcesses : sandbox::contract::seccomp::kStandard));
    record(records, recordKey::kSeccompGroups, language.seccompGroups.join(QLatin1Char(',')).toUtf8());
    if (language.sigsysChangeSucceeds)
        record(records, recordKey::kSigsysChangeSucceeds, QByteArrayLiteral("1"));
    for (const QString &dir : language.etcDirectories) {
        if (QFileInfo(QStringLiteral("/etc/") + dir).isDir())
            record(records, recordKey::kEtcDir, dir.toUtf8());
    }

    QMap<QString, QString> environment = language.environment;
    for (auto it = request.policy.environment.cbegin(); it != request.policy.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        record(records, recordKey::kEnv, (it.key() + QLatin1Char('=') + it.value()).toUtf8());

    record(records, (recordKey::kFilePrefix + values.source.toStdString()).c_str(), request.source);
    if (language.gatedSource)
        record(records, recordKey::kGate, values.source.toUtf8());
    if (!guard.content.isEmpty()) {
        record(records, (recordKey::kFilePrefix + guard.fileName.toStdString()).c_str(), guard.content);
        record(records, recordKey::kGuard, QByteArrayLiteral("1"));
        for (const QString &module : language.strictPreloadModules)
            record(records, recordKey::kPreload, module.toUtf8());
    }

    record(records, recordKey::kProfile, profileName(request.policy.profile).toUtf8());
    record(records, recordKey::kWallMs, limits.wallMs);
    record(records, recordKey::kCpuMs, limits.effectiveCpuMs());
    record(records, recordKey::kMemoryBytes, limits.memoryBytes);
    record(records, recordKey::kOutputBytes, limits.outputBytes);
    record(records, recordKey::kProcesses, static_cast<qint64>(limits.processes + language.extraProcesses));
    record(records, recordKey::kFileSizeBytes, limits.fileSizeBytes);
    record(records, recordKey::kWorkDirBytes, limits.workDirBytes);
    record(records, recordKey::kWorkDirFiles, static_cast<qint64>(limits.workDirFiles));
    record(records, recordKey::kOpenFiles, static_cast<qint64>(limits.openFiles));
    record(records, recordKey::kAddressSpaceOk, QByteArray(language.addressSpaceLimitSafe ? "1" : "0"));

    std::string message;
    sandbox::wire::appendU32(message, static_cast<uint32_t>(records.size()));
    message += records;
    return QByteArray(message.data(), static_cast<qsizetype>(message.size()));
}

QStringList precompiledHeaderFlags(const RunRequest &request, const Language &language)
{
    if (!language.compile)
        return {};
    const Placeholders values = placeholdersFor(request, language, {});
    const QStringList &arguments = language.compile->arguments;
    QStringList flags;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("-o"))
            ++i; // and its file
        else if (arguments[i] != QLatin1String("{source}"))
            flags.append(expand(arguments[i], values));
    }
    return flags;
}

QByteArray encodePrecompiledHeaderRequest(const RunRequest &request, const Language &language, QString &error)
{
    const QString compiler = language.compile ? Language::resolveExecutable(*language.compile) : QString();
    const QString program = Language::resolveExecutable({{QStringLiteral("/usr/bin/true"), QStringLiteral("/bin/true")}, {}});
    if (compiler.isEmpty() || program.isEmpty() || language.precompiledHeader.isEmpty()) {
        error = QStringLiteral("no precompiled header for %1 here").arg(language.displayName);
        return {};
    }
    namespace defaults = sandbox::contract::defaults;
    std::string records;
    record(records, recordKey::kArg, program.toUtf8());
    record(records, recordKey::kCompileArg, compiler.toUtf8());
    for (const QString &flag : precompiledHeaderFlags(request, language))
        record(records, recordKey::kCompileArg, flag.toUtf8());
    for (const char *argument : {"-x", "c++-header", kPrecompiledHeaderSource, "-o", kPrecompiledHeaderProduct})
        record(records, recordKey::kCompileArg, QByteArray(argument));
    record(records, recordKey::kCollect, QByteArray(kPrecompiledHeaderProduct));
    record(records, (std::string(recordKey::kFilePrefix) + kPrecompiledHeaderSource).c_str(),
           "#include <" + language.precompiledHeader.toUtf8() + ">\n");
    for (auto it = language.environment.cbegin(); it != language.environment.cend(); ++it)
        record(records, recordKey::kEnv, (it.key() + QLatin1Char('=') + it.value()).toUtf8());
    record(records, recordKey::kEnv, QByteArrayLiteral("PATH=/usr/bin:/bin"));
    record(records, recordKey::kProfile, QByteArrayLiteral("standard"));
    record(records, recordKey::kSeccomp, QByteArray(sandbox::contract::seccomp::kStandard));
    record(records, recordKey::kCompileSeccompGroups, language.compileSeccompGroups.join(QLatin1Char(',')).toUtf8());
    // g++'s <bits/stdc++.h> makes a header of ~100 MB in ~5 s of CPU: more room and time than a
    // program's compile step gets, for this one request the runner makes of its own. Built in the
    // background at a lower priority, it may wait for the CPU a long while on a busy machine.
    constexpr qint64 kRoom = 512LL << 20;
    record(records, recordKey::kCompileWallMs, qint64(300'000));
    record(records, recordKey::kCompileMemoryBytes, qint64(1LL << 30));
    record(records, recordKey::kCompileProcesses, defaults::kCompileProcesses);
    record(records, recordKey::kCompileOutputBytes, defaults::kCompileOutputBytes);
    record(records, recordKey::kWorkDirBytes, kRoom);
    record(records, recordKey::kFileSizeBytes, kRoom);
    record(records, recordKey::kCollectMaxBytes, kRoom);
    record(records, recordKey::kWallMs, defaults::kWallMs);
    record(records, recordKey::kCpuMs, defaults::kCpuMs);
    std::string message;
    sandbox::wire::appendU32(message, static_cast<uint32_t>(records.size()));
    message += records;
    return QByteArray(message.data(), static_cast<qsizetype>(message.size()));
}

QByteArray encodeSandboxTemplate(const RunRequest &request, const Language &language, QString &error)
{
    // The policy's variables stay out: the host installs each run's own before its program starts, and
    // runs whose variables the interpreter would read at start-up go through exec instead.
    RunRequest templateRequest;
    templateRequest.language = request.language;
    templateRequest.policy.profile = request.policy.profile;
    return encodeSandboxRequest(templateRequest, language, error);
}

void SandboxProtocolReader::feed(const QByteArray &bytes)
{
    // Drop consumed bytes before growing, so a long run's buffer stays the size of one chunk.
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

bool SandboxProtocolReader::next(Event &event)
{
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < qsizetype(sandbox::wire::kFrameHeaderBytes))
        return false;
    const char *header = m_buffer.constData() + m_offset;
    const qsizetype length = sandbox::wire::readU32(header + 1);
    if (available < qsizetype(sandbox::wire::kFrameHeaderBytes) + length)
        return false;
    switch (static_cast<sandbox::wire::Frame>(header[0])) {
    case sandbox::wire::Frame::Stdout:
        event.type = EventType::Stdout;
        break;
    case sandbox::wire::Frame::Stderr:
        event.type = EventType::Stderr;
        break;
    case sandbox::wire::Frame::InputRequested:
        event.type = EventType::InputRequested;
        break;
    case sandbox::wire::Frame::Result:
        event.type = EventType::Result;
        break;
    case sandbox::wire::Frame::Supervisor:
        event.type = EventType::Supervisor;
        break;
    case sandbox::wire::Frame::CompileEnded:
        event.type = EventType::CompileEnded;
        break;
    case sandbox::wire::Frame::Artifacts:
        event.type = EventType::Artifacts;
        break;
    default:
        event.type = EventType::Unknown;
    }
    event.payload = m_buffer.mid(m_offset + sandbox::wire::kFrameHeaderBytes, length);
    m_offset += sandbox::wire::kFrameHeaderBytes + length;
    return true;
}

} // namespace runner
