#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace app {

// One `File "...", line N` reference in a line of a traceback or syntax error.
struct TracebackFrame
{
    QString file;
    int line = 0;
    QString function; // empty for syntax errors, which name no function
    int start = 0;    // the reference's span within its output line, to draw and click it as a link
    int length = 0;
};

// One complete traceback: its frames, outermost first, and the final "ValueError: ..." line.
struct Traceback
{
    QList<TracebackFrame> frames;
    QString message;
};

// Reads Python tracebacks from a program's standard error as it streams in. It knows nothing about
// widgets or where the program ran, so the output pane, the editor markers and remote runs share it.
class TracebackParser
{
public:
    // The file reference in one output line, if it has one.
    static std::optional<TracebackFrame> parseLine(QStringView line);

    // Feeds standard error text; lines may arrive split across calls.
    void feed(QStringView text);
    // Ends the stream: a traceback still open is completed with its last line.
    void finish();
    void reset();

    const QList<Traceback> &tracebacks() const { return m_tracebacks; }

private:
    void processLine(const QString &line);

    QString m_partial;
    std::optional<Traceback> m_current;
    bool m_inSyntaxError = false;
    QList<Traceback> m_tracebacks;
};

} // namespace app
