#pragma once

#include "OutputLineParser.h"
#include "TracebackParser.h"

namespace app {

class OutputParserRegistry;

// CPython's tracebacks and SyntaxError reports on standard error (TracebackParser does the reading).
class PythonOutputParser : public OutputLineParser
{
public:
    bool mayContainLinks(QStringView text) const override;
    std::optional<OutputLink> linkInLine(QStringView line) const override;
    void feed(runner::OutputChannel channel, QStringView text) override;
    void finish() override;
    QList<OutputError> errors() const override;

private:
    TracebackParser m_tracebacks;
};

// Registers the parser for the runner's "python".
void registerPythonOutputParser(OutputParserRegistry &registry);

} // namespace app
