#include "PrecompiledHeader.h"

#include "ProcessChannel.h"
#include "SandboxProtocol.h"
#include "sandbox/WireFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace runner {

namespace {
// GCC's precompiled headers start with "gpch", the language ('+' for C++) and the format's version.
constexpr char kGccPchMagic[] = "gpch+";
} // namespace

PrecompiledHeader::PrecompiledHeader(CacheEntry entry)
    : m_entry(std::move(entry))
{
}

bool PrecompiledHeader::includes(const QByteArray &source, const QString &header)
{
    const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*<%1>").arg(QRegularExpression::escape(header)),
                                     QRegularExpression::MultilineOption);
    return include.match(QString::fromUtf8(source)).hasMatch();
}

std::optional<PrecompiledHeader> PrecompiledHeader::forProgram(const RunRequest &request, const Language &language)
{
    // An unknown standard is refused before anything compiles: no header is built for it either.
    const bool knownStandard = request.languageStandard.isEmpty() || language.standards.contains(request.languageStandard);
    if (language.precompiledHeader.isEmpty() || !language.compile || !knownStandard
        || !includes(request.source, language.precompiledHeader))
        return std::nullopt;
    const QString compiler = Language::resolveExecutable(*language.compile);
    if (compiler.isEmpty())
        return std::nullopt;
    const QFileInfo info(compiler);
    const QStringList parts = QStringList{language.id, info.canonicalFilePath(), QString::number(info.size()),
                                          QString::number(info.lastModified().toMSecsSinceEpoch()), language.precompiledHeader}
                              + precompiledHeaderFlags(request, language);
    std::optional<CacheEntry> entry =
        CacheEntry::open(QStringLiteral("pch"), parts, language.precompiledHeader + QStringLiteral(".gch"));
    if (!entry)
        return std::nullopt;
    return PrecompiledHeader(std::move(*entry));
}

QString PrecompiledHeader::directory() const
{
    return m_entry.directory();
}

QString PrecompiledHeader::headerPath() const
{
    return m_entry.filePath();
}

int PrecompiledHeader::tryLock() const
{
    return m_entry.tryLock();
}

bool PrecompiledHeader::isLockedElsewhere() const
{
    return m_entry.isLockedElsewhere();
}

bool PrecompiledHeader::failedRecently() const
{
    return m_entry.failedWithin(kFailureBackoffSeconds);
}

void PrecompiledHeader::markFailed() const
{
    m_entry.markFailed();
}

bool PrecompiledHeader::isReady() const
{
    return m_entry.isReady();
}

bool PrecompiledHeader::store(const QByteArray &content) const
{
    return content.startsWith(kGccPchMagic) && m_entry.store(content);
}

PrecompiledHeaderBuild::PrecompiledHeaderBuild(PrecompiledHeader header, QObject *parent)
    : QObject(parent)
    , m_header(std::move(header))
    , m_reader(std::make_unique<SandboxProtocolReader>())
{
}

PrecompiledHeaderBuild::~PrecompiledHeaderBuild()
{
    if (m_channel) {
        m_channel->disconnect(this);
        delete m_channel;
    }
}

bool PrecompiledHeaderBuild::start(const QString &sandboxExecutable, const QByteArray &request)
{
    if (request.isEmpty())
        return false;
    m_channel = new ProcessChannel(sandboxExecutable, this);
    // In the background: the programs compiling meanwhile (without the header) come first.
    m_channel->setNiceness(kBuildNiceness);
    connect(m_channel, &SupervisorChannel::received, this, &PrecompiledHeaderBuild::consume);
    auto end = [this](bool stored) {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT finished(stored);
    };
    connect(m_channel, &SupervisorChannel::ended, this, [this, end] {
        // The product arrives before the compile's end; a build that ended otherwise made none.
        end(!m_product.isEmpty() && m_header.store(m_product));
        m_product.clear();
    });
    connect(m_channel, &SupervisorChannel::failedToStart, this, [end] { end(false); });
    m_channel->start();
    m_channel->write(request);
    m_channel->closeWrite();
    return true;
}

void PrecompiledHeaderBuild::stop()
{
    m_product.clear();
    if (m_channel)
        m_channel->stop();
}

void PrecompiledHeaderBuild::consume(const QByteArray &bytes)
{
    m_reader->feed(bytes);
    SandboxProtocolReader::Event event;
    while (m_reader->next(event)) {
        if (event.type != SandboxProtocolReader::EventType::Artifacts)
            continue;
        size_t pos = 0;
        const std::string_view view(event.payload.constData(), size_t(event.payload.size()));
        std::string name, content;
        while (pos < view.size() && sandbox::wire::takeRecord(view, pos, name, content)) {
            if (name == kPrecompiledHeaderProduct)
                m_product = QByteArray(content.data(), qsizetype(content.size()));
        }
    }
}

} // namespace runner
