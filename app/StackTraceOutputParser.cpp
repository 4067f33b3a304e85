#include "StackTraceOutputParser.h"

#include <algorithm>

namespace app {

void StackTraceOutputParser::feed(runner::OutputChannel channel, QStringView text)
{
    // Runtimes write uncaught errors to standard error; what the program prints may look like one.
    if (channel != runner::OutputChannel::Stderr)
        return;
    m_partial += text;
    qsizetype newline;
    while ((newline = m_partial.indexOf(QLatin1Char('\n'))) >= 0) {
        const QString line = m_partial.left(newline);
        m_partial.remove(0, newline + 1);
        processLine(line);
    }
}

void StackTraceOutputParser::finish()
{
    if (!m_partial.isEmpty())
        processLine(std::exchange(m_partial, QString()));
    closeError();
}

void StackTraceOutputParser::processLine(const QString &line)
{
    const Frame frame = frameIn(line);
    if (frame.isFrame) {
        m_inTrace = true;
        if (frame.location)
            m_frames.append(*frame.location);
        m_blockStart = false;
        return;
    }
    if (m_inTrace)
        closeError();
    if (line.trimmed().isEmpty()) {
        m_blockStart = true;
        return;
    }
    if (m_blockStart) {
        if (const auto header = headerIn(line)) {
            m_header = header;
            m_blockStart = false;
            return;
        }
    }
    if (isMessage(line))
        m_message = messageText(line);
    m_blockStart = false;
}

void StackTraceOutputParser::closeError()
{
    if (m_inTrace || m_header) {
        OutputError error;
        error.message = m_message;
        // Outermost first; the header names the very line that threw, so it is the innermost.
        for (auto frame = m_frames.crbegin(); frame != m_frames.crend(); ++frame)
            error.locations.append(*frame);
        if (m_header)
            error.locations.append(*m_header);
        if (!error.locations.isEmpty() && !error.message.isEmpty())
            m_errors.append(error);
    }
    m_inTrace = false;
    m_frames.clear();
    m_header.reset();
    m_message.clear();
}

} // namespace app
