#pragma once

#include "StackTraceOutputParser.h"

namespace app {

class OutputParserRegistry;

// The JVM's exceptions ("Exception in thread "main" java.lang.ArithmeticException: / by zero", then
// "\tat Main.f(Main.java:3)", "Caused by: ...") and javac's diagnostics ("Main.java:3: error: ...",
// which the IDE shows under the tab's name). javac's errors are marked from the run's structured
// diagnostics, so only the exceptions are errors here; both are links.
class JavaOutputParser : public StackTraceOutputParser
{
public:
    bool mayContainLinks(QStringView text) const override;
    std::optional<OutputLink> linkInLine(QStringView line) const override;

protected:
    Frame frameIn(QStringView line) const override;
    bool isMessage(QStringView line) const override;
    QString messageText(QStringView line) const override;
};

void registerJavaOutputParser(OutputParserRegistry &registry);

} // namespace app
