#pragma once

#include "StackTraceOutputParser.h"

namespace app {

class OutputParserRegistry;

// node's uncaught errors: the header naming the throwing line ("/work/main.js:3", which the IDE shows
// under the tab's name), the message ("TypeError: ..."), then frames "    at f (/work/main.js:3:9)" or
// "    at /work/main.js:3:9". node's own frames ("node:internal/...") are not links.
class JavaScriptOutputParser : public StackTraceOutputParser
{
public:
    bool mayContainLinks(QStringView text) const override;
    std::optional<OutputLink> linkInLine(QStringView line) const override;

protected:
    Frame frameIn(QStringView line) const override;
    bool isMessage(QStringView line) const override;
    std::optional<SourceLocation> headerIn(QStringView line) const override;
};

void registerJavaScriptOutputParser(OutputParserRegistry &registry);

} // namespace app
