#pragma once

#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace runner {

// The mechanism of a language registry, written once for the runner's (runner::LanguageRegistry: how
// to run a language) and the editor's (editor::EditorLanguages: how to show and edit it), which keep
// different facts about the same languages. `Entry` has an `id` and `fileExtensions` (without the
// dot). Qt Core only, header-only: the editor uses it without linking anything of the runner's.
template<typename Entry>
class LanguageList
{
public:
    LanguageList() = default;
    explicit LanguageList(QList<Entry> languages)
        : m_languages(std::move(languages))
    {
    }

    void add(const Entry &language) { m_languages.append(language); }

    const Entry *find(const QString &id) const
    {
        for (const Entry &language : m_languages) {
            if (language.id == id)
                return &language;
        }
        return nullptr;
    }

    // The language of a file by its extension (case-insensitive), or nullptr when none matches.
    const Entry *forFileName(const QString &fileName) const
    {
        const QString suffix = QFileInfo(fileName).suffix().toLower();
        if (suffix.isEmpty())
            return nullptr;
        for (const Entry &language : m_languages) {
            if (language.fileExtensions.contains(suffix))
                return &language;
        }
        return nullptr;
    }

    QStringList ids() const
    {
        QStringList ids;
        for (const Entry &language : m_languages)
            ids.append(language.id);
        return ids;
    }

    const QList<Entry> &languages() const { return m_languages; }

private:
    QList<Entry> m_languages;
};

} // namespace runner
