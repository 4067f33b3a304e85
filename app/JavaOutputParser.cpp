#include "JavaOutputParser.h"

#include "OutputParserRegistry.h"

#include <QRegularExpression>

namespace app {

namespace {

// "\tat Main.f(Main.java:3)", "\tat java.base/java.util.ArrayList.get(ArrayList.java:427)".
const QRegularExpression &framePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s+at \S+?\((([^():]+\.java):(\d+))\)\s*$)"));
    return pattern;
}

// javac: "FILE:3: error: ..." (FILE may be the tab's name).
const QRegularExpression &compilerPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^((.+?):(\d+)): (?:error|warning|note): )"));
    return pattern;
}

const QRegularExpression &exceptionPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:Exception in thread "[^"]*" |Caused by: )?([\w$]+(?:\.[\w$]+)*(?:Exception|Error)(?::.*)?)$)"));
    return pattern;
}

} // namespace

bool JavaOutputParser::mayContainLinks(QStringView text) const
{
    return text.contains(QLatin1String(".java:")) || text.contains(QLatin1String(": error: "))
           || text.contains(QLatin1String(": warning: "));
}

std::optional<OutputLink> JavaOutputParser::linkInLine(QStringView line) const
{
    if (line.endsWith(QLatin1Char('\n')))
        line.chop(1);
    QRegularExpressionMatch match = framePattern().match(line);
    if (match.hasMatch())
        return OutputLink{{match.captured(2), match.captured(3).toInt()}, int(match.capturedStart(1)),
                          int(match.capturedLength(1))};
    match = compilerPattern().match(line);
    if (match.hasMatch())
        return OutputLink{{match.captured(2), match.captured(3).toInt()}, int(match.capturedStart(1)),
                          int(match.capturedLength(1))};
    return std::nullopt;
}

StackTraceOutputParser::Frame JavaOutputParser::frameIn(QStringView line) const
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.startsWith(QLatin1String("... ")) && trimmed.endsWith(QLatin1String(" more")))
        return {true, std::nullopt};
    if (!trimmed.startsWith(QLatin1String("at ")) || line.isEmpty() || !line.front().isSpace())
        return {};
    const QRegularExpressionMatch match = framePattern().match(line);
    if (!match.hasMatch())
        return {true, std::nullopt}; // "(Native Method)", "(Unknown Source)"
    return {true, SourceLocation{match.captured(2), match.captured(3).toInt()}};
}

bool JavaOutputParser::isMessage(QStringView line) const
{
    return exceptionPattern().match(line).hasMatch();
}

QString JavaOutputParser::messageText(QStringView line) const
{
    // "java.lang.ArithmeticException: / by zero" without the thread's preamble.
    return exceptionPattern().match(line).captured(1);
}

void registerJavaOutputParser(OutputParserRegistry &registry)
{
    registry.add(QStringLiteral("java"), [] { return std::make_unique<JavaOutputParser>(); });
}

} // namespace app
