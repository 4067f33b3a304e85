#pragma once

#include <runner/RunSession.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace app {

// A place in a source file as a program's output names it: the file exactly as printed (the sandbox's
// path, or a library's), and a 1-based line.
struct SourceLocation
{
    QString file;
    int line = 0;
};

// A span of one output line that names a source location: the pane draws it as a link and reports a
// click on it.
struct OutputLink
{
    SourceLocation location;
    int start = 0; // within the line
    int length = 0;
};

// One error a run reported: the locations it passed through, outermost first as a traceback or a
// compiler's "included from" chain prints them, and its message ("ValueError: ...").
struct OutputError
{
    QList<SourceLocation> locations;
    QString message;
};

// Reads one language's diagnostics out of a run's output as it streams in. One object serves one run:
// the output pane asks it for links line by line while the run presenter feeds it the whole stream and
// collects the errors to mark in the editor. Plain logic without widgets, so it is tested on its own and
// a new language adds an implementation and one registration (OutputParserRegistry), nothing else.
class OutputLineParser
{
public:
    virtual ~OutputLineParser() = default;

    // Whether a chunk of standard error may hold a link at all; false lets the pane insert the chunk in
    // one piece instead of line by line (most output has none, and a flood of it must stay cheap).
    virtual bool mayContainLinks(QStringView text) const = 0;
    // The link in one line of standard error (a trailing newline is ignored), if it has one.
    virtual std::optional<OutputLink> linkInLine(QStringView line) const = 0;

    // Output of the run as it arrives; lines may be split across calls.
    virtual void feed(runner::OutputChannel channel, QStringView text) = 0;
    // The run ended: an error still open is completed with what has been read.
    virtual void finish() = 0;
    // The errors read so far, in the order they were reported.
    virtual QList<OutputError> errors() const = 0;
};

} // namespace app
