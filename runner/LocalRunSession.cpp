#include "LocalRunSession.h"

#include "CompilerDiagnostics.h"
#include "HostChannel.h"
#include "Language.h"
#include "PrecompiledHeaderBuilder.h"
#include "ProcessChannel.h"
#include "SandboxHostPool.h"
#include "SandboxProtocol.h"
#include "sandbox/WireFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace runner {

LocalRunSession::LocalRunSession(QObject *parent, SandboxHostPool *hosts)
    : RunSession(parent)
    , m_hosts(hosts)
{
}

LocalRunSession::~LocalRunSession()
{
    // A supervisor of our own gets SIGTERM (see ProcessChannel); through a host, the supervisor takes
    // the hang-up for a cancellation. Either way nothing of it reaches this half-destroyed object.
    if (m_channel) {
        m_channel->disconnect(this);
        delete m_channel;
    }
}

QString LocalRunSession::sandboxExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("CODE_REMOTE_SANDBOX");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        appDir + QStringLiteral("/code-remote-sandbox"),
        appDir + QStringLiteral("/../libexec/code-remote/code-remote-sandbox"),
        appDir + QStringLiteral("/../bin/code-remote-sandbox"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return candidates.front();
}

void LocalRunSession::start(const RunRequest &request)
{
    if (isRunning()) {
        qWarning("LocalRunSession::start: a run is already in progress");
        return;
    }
    m_request = request;
    m_finished = false;
    m_stopRequested = false;
    m_reader = std::make_unique<SandboxProtocolReader>();
    m_stdout.clear();
    m_stderr.clear();
    m_result.reset();
    m_compilerOutput.clear();
    m_diagnostics.clear();
    m_compiling = false;

    const Language *language = LanguageRegistry::builtin().find(request.language);
    if (!language)
        return failToStart(QStringLiteral("unknown language: %1").arg(request.language));
    if (!request.source.isValidUtf8())
        return failToStart(QStringLiteral("the program is not valid UTF-8 text"));
    if (const QString error = request.policy.validate(); !error.isEmpty())
        return failToStart(error);
    if (const QString tooLarge = sourceSizeError(request.policy.profile, request.source.size()); !tooLarge.isEmpty()) {
        if (request.policy.profile != Profile::Strict)
            return failToStart(tooLarge);
        // Refused by the strict profile like a forbidden import: the front ends show it as a violation.
        RunResult refused;
        refused.status = RunStatus::SecurityViolation;
        refused.message = tooLarge;
        refused.violations.append({QStringLiteral("size"), tooLarge, 0});
        QTimer::singleShot(0, this, [this, refused] { finishWith(refused); });
        return;
    }
    // An unchanged program runs again without its compile step (see CompileCache).
    m_cacheKey.clear();
    std::optional<CompiledFiles> cached;
    const std::optional<CompileCache> cache = language->compile ? CompileCache::forUser() : std::nullopt;
    if (cache && language->missingToolchain().isEmpty()) {
        m_cacheKey = compileCacheKey(request, *language);
        cached = m_cacheKey.isEmpty() ? std::nullopt : cache->load(m_cacheKey);
        if (cached)
            m_cacheKey.clear();
    }
    // A program that includes a precompiled header compiles with it once it is ready. Until then it
    // compiles without it, never waiting: the header's build (several seconds) starts in the background
    // for the programs after this one (PrecompiledHeaderBuilder).
    QString headers;
    const std::optional<PrecompiledHeader> header =
        cached || !language->missingToolchain().isEmpty() ? std::nullopt : PrecompiledHeader::forProgram(request, *language);
    if (header && header->isReady())
        headers = header->directory();
    else if (header)
        PrecompiledHeaderBuilder::shared().ensure(*header, request, *language);
    QString error;
    const QByteArray encoded = encodeSandboxRequest(request, *language, error, cached ? &*cached : nullptr, headers);
    if (encoded.isEmpty())
        return failToStart(error);

    m_compiling = language->compile.has_value() && !cached;
    m_inputClosed = !request.keepStdinOpen;
    m_inputBytes = request.stdinData.size();
    m_inputReported = 0;
    m_clock.start();
    // A host's sandbox exists before the request: it cannot show the request's cache.
    if (m_hosts && language->preloadable && request.readOnlyCache.isEmpty()) {
        QString templateError;
        const QByteArray templateRequest = encodeSandboxTemplate(request, *language, templateError);
        const QString socketPath = templateRequest.isEmpty() ? QString() : m_hosts->socketFor(templateRequest);
        if (!socketPath.isEmpty() && startThroughHost(socketPath, encoded))
            return;
    }
    startSupervisor(encoded + request.stdinData);
}

void LocalRunSession::useChannel(SupervisorChannel *channel)
{
    m_channel = channel;
    connect(channel, &SupervisorChannel::started, this, [this] {
        Q_EMIT started();
        Q_EMIT phaseChanged(m_compiling ? RunPhase::Compiling : RunPhase::Running);
    });
    connect(channel, &SupervisorChannel::received, this, &LocalRunSession::consume);
    connect(channel, &SupervisorChannel::ended, this, &LocalRunSession::finishFromStream);
    connect(channel, &SupervisorChannel::failedToStart, this, &LocalRunSession::failToStart);
    connect(channel, &SupervisorChannel::refused, this, &LocalRunSession::fallBackFromHost);
    connect(channel, &SupervisorChannel::bytesWritten, this, &LocalRunSession::onInputWritten);
}

void LocalRunSession::startSupervisor(const QByteArray &input)
{
    m_hostSocket.clear();
    auto *channel = new ProcessChannel(sandboxExecutable(), this);
    useChannel(channel);
    channel->start();
    channel->write(input);
    if (m_inputClosed)
        channel->closeWrite();
}

void LocalRunSession::prepare(const RunRequest &request)
{
    const Language *language = LanguageRegistry::builtin().find(request.language);
    if (!language || !language->missingToolchain().isEmpty())
        return;
    const std::optional<PrecompiledHeader> header = PrecompiledHeader::forProgram(request, *language);
    if (header && !header->isReady())
        PrecompiledHeaderBuilder::shared().ensure(*header, request, *language);
}

bool LocalRunSession::startThroughHost(const QString &socketPath, const QByteArray &encodedRequest)
{
    // Nothing when the host has just gone (killed, or out of runs before its successor was ready): the
    // pool learns that from the host itself and starts the next one.
    HostChannel *channel = HostChannel::connectTo(socketPath, this);
    if (!channel)
        return false;
    m_hostSocket = socketPath;
    useChannel(channel);
    channel->write(encodedRequest + m_request.stdinData);
    if (m_inputClosed)
        channel->closeWrite();
    return true;
}

void LocalRunSession::fallBackFromHost(bool hostWedged)
{
    auto *host = qobject_cast<HostChannel *>(m_channel.data());
    if (!host || m_finished)
        return;
    // Nothing ran: the supervisor would have introduced itself first. A host that closed the
    // connection at once was retiring (the pool has its successor); one that never answered is
    // replaced.
    if (hostWedged)
        m_hosts->forget(m_hostSocket);
    host->disconnect(this);
    host->abort(); // the hang-up: a supervisor that takes the request later cancels it
    host->deleteLater();
    m_channel.clear();
    m_reader = std::make_unique<SandboxProtocolReader>();
    startSupervisor(host->takeReplay());
}

void LocalRunSession::writeInput(const QByteArray &data)
{
    if (!m_channel)
        return;
    // Counted first: the channel may take it at once and report that synchronously.
    m_inputBytes += data.size();
    m_channel->write(data);
}

qint64 LocalRunSession::pendingInputBytes() const
{
    // What the stream to the supervisor still holds; the encoded request goes first, so once input is
    // pending the request has gone. The supervisor reads on only while the program's pipe has room and
    // its own buffer is under a bound, so a program that does not read leaves its input here.
    return m_channel ? std::min(m_channel->pendingBytes(), m_inputBytes) : 0;
}

void LocalRunSession::onInputWritten()
{
    // Monotonic: after a fall-back from a host the replay is written again, which takes nothing new.
    const qint64 taken = m_inputBytes - pendingInputBytes();
    if (taken <= m_inputReported)
        return;
    m_inputReported = taken;
    Q_EMIT inputTaken(taken);
}

void LocalRunSession::closeInput()
{
    m_inputClosed = true;
    if (m_channel)
        m_channel->closeWrite();
}

void LocalRunSession::stop()
{
    if (!m_channel || m_finished)
        return;
    m_stopRequested = true;
    m_channel->stop();
}

bool LocalRunSession::isRunning() const
{
    return !m_finished;
}

void LocalRunSession::consume(const QByteArray &bytes)
{
    m_reader->feed(bytes);
    SandboxProtocolReader::Event event;
    while (m_reader->next(event)) {
        switch (event.type) {
        case SandboxProtocolReader::EventType::Supervisor:
            if (m_channel)
                m_channel->supervisorIntroduced(event.payload.toLongLong());
            break;
        case SandboxProtocolReader::EventType::Stdout:
            if (m_request.collectOutput)
                m_stdout.append(event.payload);
            Q_EMIT outputReceived(OutputChannel::Stdout, event.payload);
            break;
        case SandboxProtocolReader::EventType::Stderr:
            if (m_compiling)
                m_compilerOutput.append(event.payload); // capped by the supervisor
            if (m_request.collectOutput)
                m_stderr.append(event.payload);
            Q_EMIT outputReceived(OutputChannel::Stderr, event.payload);
            break;
        case SandboxProtocolReader::EventType::Artifacts:
            storeArtifacts(event.payload);
            break;
        case SandboxProtocolReader::EventType::CompileEnded:
            endCompilePhase(event.payload.endsWith(" 1"));
            break;
        case SandboxProtocolReader::EventType::InputRequested:
            Q_EMIT inputRequested();
            break;
        case SandboxProtocolReader::EventType::Result: {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(event.payload, &parseError);
            if (document.isObject())
                m_result = document.object();
            break;
        }
        case SandboxProtocolReader::EventType::Unknown:
            break;
        }
    }
}

void LocalRunSession::storeArtifacts(const QByteArray &records)
{
    const std::optional<CompileCache> cache = m_cacheKey.isEmpty() ? std::nullopt : CompileCache::forUser();
    if (!cache)
        return;
    CompiledFiles files;
    size_t pos = 0;
    const std::string_view view(records.constData(), size_t(records.size()));
    std::string name, content;
    while (pos < view.size() && sandbox::wire::takeRecord(view, pos, name, content))
        files.append({QString::fromStdString(name), QByteArray(content.data(), qsizetype(content.size()))});
    cache->store(m_cacheKey, files);
}

void LocalRunSession::endCompilePhase(bool running)
{
    if (!m_compiling)
        return;
    m_compiling = false;
    const Language *language = LanguageRegistry::builtin().find(m_request.language);
    if (language)
        m_diagnostics = parseDiagnostics(language->diagnosticFormat, m_compilerOutput,
                                         language->sourceFileNameFor(m_request.source, m_request.languageStandard));
    m_compilerOutput.clear();
    if (running)
        Q_EMIT phaseChanged(RunPhase::Running);
}

void LocalRunSession::finishFromStream(const QString &messageWithoutResult)
{
    RunResult result;
    if (m_result) {
        result = RunResult::fromJson(*m_result);
        // A supervisor stopped while compiling sends no CompileEnded: what the compiler said so far.
        if (m_compiling)
            endCompilePhase(false);
        result.diagnostics = m_diagnostics;
    } else {
        result.status = m_stopRequested ? RunStatus::Cancelled : RunStatus::InternalError;
        result.message = messageWithoutResult;
        const QString diagnostics = m_channel ? m_channel->diagnostics() : QString();
        if (!diagnostics.isEmpty())
            result.message += QStringLiteral(": ") + diagnostics;
        result.wallMs = double(m_clock.elapsed());
    }
    result.stdoutData = m_stdout;
    result.stderrData = m_stderr;
    finishWith(std::move(result));
}

void LocalRunSession::failToStart(const QString &message)
{
    RunResult result;
    result.status = RunStatus::InternalError;
    result.message = message;
    // finished() must never arrive before start() has returned to its caller.
    QTimer::singleShot(0, this, [this, result] { finishWith(result); });
}

void LocalRunSession::finishWith(RunResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.language = m_request.language;
    result.profile = profileName(m_request.policy.profile);
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->deleteLater();
        m_channel.clear();
    }
    Q_EMIT finished(result);
}

} // namespace runner
