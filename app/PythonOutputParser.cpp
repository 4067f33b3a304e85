#include "PythonOutputParser.h"

#include "OutputParserRegistry.h"

namespace app {

bool PythonOutputParser::mayContainLinks(QStringView text) const
{
    // Every reference CPython prints starts this way; TracebackParser::parseLine checks the rest.
    return text.contains(QLatin1String("File \""));
}

std::optional<OutputLink> PythonOutputParser::linkInLine(QStringView line) const
{
    const std::optional<TracebackFrame> frame = TracebackParser::parseLine(line);
    if (!frame)
        return std::nullopt;
    return OutputLink{{frame->file, frame->line}, frame->start, frame->length};
}

void PythonOutputParser::feed(runner::OutputChannel channel, QStringView text)
{
    // CPython writes tracebacks to standard error only; what the program prints may look like one.
    if (channel == runner::OutputChannel::Stderr)
        m_tracebacks.feed(text);
}

void PythonOutputParser::finish()
{
    m_tracebacks.finish();
}

QList<OutputError> PythonOutputParser::errors() const
{
    QList<OutputError> errors;
    for (const Traceback &traceback : m_tracebacks.tracebacks()) {
        OutputError error;
        error.message = traceback.message;
        for (const TracebackFrame &frame : traceback.frames)
            error.locations.append({frame.file, frame.line});
        errors.append(error);
    }
    return errors;
}

void registerPythonOutputParser(OutputParserRegistry &registry)
{
    registry.add(QStringLiteral("python"), [] { return std::make_unique<PythonOutputParser>(); });
}

} // namespace app
