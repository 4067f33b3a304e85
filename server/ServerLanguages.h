#pragma once

#include <remote/Protocol.h>

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace server {

// One language as this server offers it: what clients may submit and which toolchain runs it.
struct OfferedLanguage
{
    QString id;          // "cpp": what `language` in a submission names
    QString name;        // "C++"
    QStringList extensions;
    QString version;     // the toolchain's own first line of `--version`, e.g. "g++ (Debian 12.2.0-14) 12.2.0"
};

// The languages this server runs: the runner's languages whose toolchain is installed here, narrowed
// to the configured list (`--languages`). Decided once at start-up, so every client sees the same list
// in `hello`, `/languages` and the refusals of `submit` and `/execute`.
class ServerLanguages
{
public:
    // `configured` empty: every installed language. Otherwise exactly those; `error` says why not when
    // one is unknown or its toolchain is missing (the server refuses to start rather than advertise a
    // language it cannot run).
    static ServerLanguages detect(const QStringList &configured, QString &error);

    QStringList ids() const;
    const OfferedLanguage *find(const QString &id) const;
    // Empty when a submission in `id` may run here, else the refusal (unknown_language) naming what runs.
    std::optional<remote::Error> refusal(const QString &id) const;
    QJsonArray toJson() const;

private:
    QList<OfferedLanguage> m_languages;
};

} // namespace server
