#include "ServerLanguages.h"

#include <runner/Language.h>

#include <QJsonObject>

namespace server {

ServerLanguages ServerLanguages::detect(const QStringList &configured, QString &error)
{
    const runner::LanguageRegistry &registry = runner::LanguageRegistry::builtin();
    for (const QString &id : configured) {
        const runner::Language *language = registry.find(id);
        if (!language) {
            error = QStringLiteral("unknown language \"%1\" (known: %2)").arg(id, registry.ids().join(QStringLiteral(", ")));
            return {};
        }
        if (const QString missing = language->missingToolchain(); !missing.isEmpty()) {
            error = QStringLiteral("language \"%1\" is enabled but %2").arg(id, missing);
            return {};
        }
    }
    ServerLanguages result;
    for (const runner::Language &language : registry.languages()) {
        const bool wanted = configured.isEmpty() ? language.missingToolchain().isEmpty() : configured.contains(language.id);
        if (wanted)
            result.m_languages.append({language.id, language.displayName, language.fileExtensions, language.toolchainVersion()});
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
