#include "TracebackParser.h"

#include <QRegularExpression>

namespace app {

std::optional<TracebackFrame> TracebackParser::parseLine(QStringView line)
{
    // CPython's format, shared by tracebacks and SyntaxError reports (which have no ", in name").
    static const QRegularExpression pattern(QStringLiteral(R"re(File "([^"]+)", line (\d+)(?:, in (\S+))?)re"));
    if (!line.contains(QLatin1String("File \"")))
        return std::nullopt; // the common case, without running the expression
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    TracebackFrame frame;
    frame.file = match.captured(1);
    frame.line = match.captured(2).toInt();
    frame.function = match.captured(3);
    frame.start = int(match.capturedStart(0));
    frame.length = int(match.capturedLength(0));
    return frame;
}

void TracebackParser::feed(QStringView text)
{
    m_partial += text;
    qsizetype newline;
    while ((newline = m_partial.indexOf(QLatin1Char('\n'))) >= 0) {
        const QString line = m_partial.left(newline);
        m_partial.remove(0, newline + 1);
        processLine(line);
    }
}

void TracebackParser::finish()
{
    if (!m_partial.isEmpty()) {
        processLine(m_partial);
        m_partial.clear();
    }
    if (m_current) {
        m_tracebacks.append(*m_current);
        m_current.reset();
    }
}

void TracebackParser::reset()
{
    m_partial.clear();
    m_current.reset();
    m_inSyntaxError = false;
    m_tracebacks.clear();
}

void TracebackParser::processLine(const QString &rawLine)
{
    QString line = rawLine;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.startsWith(QLatin1String("Traceback (most recent call last)"))) {
        if (m_current)
            m_tracebacks.append(*m_current);
        m_current = Traceback();
        return;
    }
    if (const auto frame = parseLine(line)) {
        // A syntax error report starts with its File line, without a "Traceback" header.
        if (!m_current)
            m_current = Traceback();
        m_current->frames.append(*frame);
        return;
    }
    if (!m_current)
        return;
    // Indented lines are source excerpts and carets; the first unindented line ends the traceback.
    if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')) || line.isEmpty())
        return;
    // Chained exceptions ("During handling of the above exception...") begin a new traceback.
    if (line.startsWith(QLatin1String("During handling")) || line.startsWith(QLatin1String("The above exception"))) {
        m_tracebacks.append(*m_current);
        m_current.reset();
        return;
    }
    m_current->message = line;
    m_tracebacks.append(*m_current);
    m_current.reset();
}

} // namespace app
