#include "ServerLanguages.h"

#include "Language.h"

#include <QJsonObject>
#include <QProcess>

namespace server {

namespace {

constexpr int kVersionTimeoutMs = 10'000;

// The toolchain a language depends on: its compiler when it has one, else what runs the program.
const runner::Command &toolchainCommand(const runner::Language &language)
{
    return language.compile ? *language.compile : language.run;
}

bool isInstalled(const runner::Language &language)
{
    if (language.compile && runner::Language::resolveExecutable(*language.compile).isEmpty())
        return false;
    return !runner::Language::resolveExecutable(language.run).isEmpty();
}

// Every toolchain of the four languages answers `--version` with its name and version on the first
// line (javac and java on stdout since JDK 9, g++ and node and python3 too).
QString toolchainVersion(const runner::Language &language)
{
    const QString executable = runner::Language::resolveExecutable(toolchainCommand(language));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, {QStringLiteral("--version")});
    if (!process.waitForFinished(kVersionTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QString();
    }
    const QList<QByteArray> lines = process.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            return QString::fromUtf8(line.trimmed()).left(200);
    }
    return QString();
}

} // namespace

ServerLanguages ServerLanguages::detect(const QStringList &configured, QString &error)
{
    const runner::LanguageRegistry &registry = runner::LanguageRegistry::builtin();
    for (const QString &id : configured) {
        const runner::Language *language = registry.find(id);
        if (!language) {
            error = QStringLiteral("unknown language \"%1\" (known: %2)").arg(id, registry.ids().join(QStringLiteral(", ")));
            return {};
        }
        if (!isInstalled(*language)) {
            error = QStringLiteral("language \"%1\" is enabled but its toolchain (%2) is not installed")
                        .arg(id, toolchainCommand(*language).executableCandidates.join(QStringLiteral(" or ")));
            return {};
        }
    }
    ServerLanguages result;
    for (const runner::Language &language : registry.languages()) {
        const bool wanted = configured.isEmpty() ? isInstalled(language) : configured.contains(language.id);
        if (wanted)
            result.m_languages.append({language.id, language.displayName, language.fileExtensions, toolchainVersion(language)});
    }
    return result;
}

QStringList ServerLanguages::ids() const
{
    QStringList ids;
    for (const OfferedLanguage &language : m_languages)
        ids.append(language.id);
    return ids;
}

const OfferedLanguage *ServerLanguages::find(const QString &id) const
{
    for (const OfferedLanguage &language : m_languages) {
        if (language.id == id)
            return &language;
    }
    return nullptr;
}

std::optional<remote::Error> ServerLanguages::refusal(const QString &id) const
{
    if (find(id))
        return std::nullopt;
    const bool known = runner::LanguageRegistry::builtin().find(id) != nullptr;
    const QString offered = ids().join(QStringLiteral(", "));
    return remote::Error{remote::ErrorCode::UnknownLanguage,
                         known ? QStringLiteral("this server does not run %1 programs; it runs: %2").arg(id, offered)
                               : QStringLiteral("unknown language \"%1\"; this server runs: %2").arg(id.left(32), offered),
                         0};
}

QJsonArray ServerLanguages::toJson() const
{
    QJsonArray array;
    for (const OfferedLanguage &language : m_languages) {
        QJsonObject object{{QStringLiteral("id"), language.id},
                           {QStringLiteral("name"), language.name},
                           {QStringLiteral("extensions"), QJsonArray::fromStringList(language.extensions)}};
        if (!language.version.isEmpty())
            object.insert(QStringLiteral("version"), language.version);
        array.append(object);
    }
    return array;
}

} // namespace server
