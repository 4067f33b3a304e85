#pragma once

#include "OutputLineParser.h"

namespace app {

// The runtime errors of languages that print a message line followed by indented `at ...` frames,
// innermost first: node's uncaught errors and the JVM's exceptions. A subclass says what a frame, a
// message and (for node) the header that names the throwing line look like; this class reads the
// stream, pairs frames with their message and reports each error outermost first, as OutputError says.
class StackTraceOutputParser : public OutputLineParser
{
public:
    void feed(runner::OutputChannel channel, QStringView text) override;
    void finish() override;
    QList<OutputError> errors() const override { return m_errors; }

protected:
    struct Frame
    {
        bool isFrame = false;                   // the line is a frame of a trace
        std::optional<SourceLocation> location; // where, when it names a file and line (not a native frame)
    };
    virtual Frame frameIn(QStringView line) const = 0;
    // Whether the line may be the message an error's frames follow ("TypeError: x is not a function").
    virtual bool isMessage(QStringView line) const = 0;
    // The message as the editor's marker shows it.
    virtual QString messageText(QStringView line) const { return line.trimmed().toString(); }
    // A line, first of its block, that names the throwing line alone (node's "/work/main.js:3").
    virtual std::optional<SourceLocation> headerIn(QStringView) const { return std::nullopt; }

private:
    void processLine(const QString &line);
    void closeError();

    QString m_partial;
    bool m_blockStart = true;              // the previous line was empty, or nothing came yet
    std::optional<SourceLocation> m_header; // the last header seen, for the error that follows it
    QString m_message;                     // the last line that may be a message
    QList<SourceLocation> m_frames;        // the open error's frames, innermost first
    bool m_inTrace = false;
    QList<OutputError> m_errors;
};

} // namespace app
