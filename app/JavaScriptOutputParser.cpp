#include "JavaScriptOutputParser.h"

#include "OutputParserRegistry.h"

#include <QRegularExpression>

namespace app {

namespace {

// "    at f (FILE:3:9)", "    at async f (FILE:3:9)", "    at FILE:3:9"; the file may hold spaces
// (the tab's name) and colons, so the line and column are taken from the end.
const QRegularExpression &framePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s+at (?:(.*?) \()?((.+):(\d+):(\d+))\)?\s*$)"));
    return pattern;
}

// node's own code and native frames are not the user's.
bool isInternal(const QString &file)
{
    return file.startsWith(QLatin1String("node:")) || file == QLatin1String("native")
           || file.startsWith(QLatin1String("internal/"));
}

// An ES module's frames name it by URL ("file:///work/main.mjs:3:9", the sandbox path already
// replaced by the tab's path or name): the file is what follows the scheme.
QString withoutFileScheme(const QString &file)
{
    return file.startsWith(QLatin1String("file://")) ? file.mid(7) : file;
}

} // namespace

bool JavaScriptOutputParser::mayContainLinks(QStringView text) const
{
    return text.contains(QLatin1String(" at ")) || text.contains(QLatin1Char(':'));
}

std::optional<OutputLink> JavaScriptOutputParser::linkInLine(QStringView line) const
{
    if (line.endsWith(QLatin1Char('\n')))
        line.chop(1);
    const QRegularExpressionMatch match = framePattern().match(line);
    if (match.hasMatch()) {
        if (isInternal(match.captured(3)))
            return std::nullopt;
        return OutputLink{{withoutFileScheme(match.captured(3)), match.captured(4).toInt()},
                          int(match.capturedStart(2)), int(match.capturedLength(2))};
    }
    // The header line of an uncaught error names the file and line alone.
    if (const auto header = headerIn(line))
        return OutputLink{*header, 0, int(line.size())};
    return std::nullopt;
}

StackTraceOutputParser::Frame JavaScriptOutputParser::frameIn(QStringView line) const
{
    if (!line.trimmed().startsWith(QLatin1String("at ")))
        return {};
    const QRegularExpressionMatch match = framePattern().match(line);
    if (!match.hasMatch() || isInternal(match.captured(3)))
        return {true, std::nullopt}; // "at new Promise (<anonymous>)", node's own frames
    return {true, SourceLocation{withoutFileScheme(match.captured(3)), match.captured(4).toInt()}};
}

bool JavaScriptOutputParser::isMessage(QStringView line) const
{
    // "Error: boom", "TypeError: x is not a function", "Uncaught ...": not indented, not the source
    // line node quotes under its header (which is indented or a caret).
    return !line.isEmpty() && !line.front().isSpace() && line.trimmed() != QLatin1String("^");
}

std::optional<SourceLocation> JavaScriptOutputParser::headerIn(QStringView line) const
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\S.*):(\d+)$)"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch() || isInternal(match.captured(1)) || match.captured(1).contains(QLatin1String(": ")))
        return std::nullopt;
    return SourceLocation{withoutFileScheme(match.captured(1)), match.captured(2).toInt()};
}

void registerJavaScriptOutputParser(OutputParserRegistry &registry)
{
    registry.add(QStringLiteral("javascript"), [] { return std::make_unique<JavaScriptOutputParser>(); });
}

} // namespace app
