#pragma once

#include "OutputLineParser.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace app {

// Which output parser reads a run of which language, by the runner's language id (the id a RunRequest
// carries, so a run finds its parser whether it ran locally or on a server).
//
// It lives in app/, not in editor::EditorLanguages or runner/: parsing a program's output into links
// is what the IDE shows, the editor library only highlights and completes text and must not learn the
// runner's ids or formats, and runner/ hands out raw output to every front end without caring how one
// of them presents it. Dependencies keep pointing from app/ down to both.
class OutputParserRegistry
{
public:
    using Factory = std::function<std::unique_ptr<OutputLineParser>()>;

    // Every parser the IDE ships: Python, JavaScript, Java and C++; a further language registers its own
    // in builtin().
    static const OutputParserRegistry &builtin();

    void add(const QString &runnerLanguageId, Factory factory);
    // A fresh parser for one run, or null when the language has none (its output then has no links).
    std::unique_ptr<OutputLineParser> create(const QString &runnerLanguageId) const;
    bool contains(const QString &runnerLanguageId) const { return m_factories.contains(runnerLanguageId); }

private:
    QHash<QString, Factory> m_factories;
};

} // namespace app
