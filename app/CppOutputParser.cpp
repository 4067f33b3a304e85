#include "CppOutputParser.h"

#include "OutputParserRegistry.h"

#include <QRegularExpression>

namespace app {

bool CppOutputParser::mayContainLinks(QStringView text) const
{
    return text.contains(QLatin1String(": error")) || text.contains(QLatin1String(": warning"))
           || text.contains(QLatin1String(": note")) || text.contains(QLatin1String("included from "))
           || text.contains(QLatin1String(": fatal error"));
}

std::optional<OutputLink> CppOutputParser::linkInLine(QStringView line) const
{
    if (line.endsWith(QLatin1Char('\n')))
        line.chop(1);
    // "FILE:3:9: error: ...", "FILE:3: warning: ..." (no column), "In file included from FILE:2:" and
    // its continuation "                 from FILE:4:"; FILE may hold spaces (the tab's name).
    static const QRegularExpression diagnostic(
        QStringLiteral(R"(^((.+?):(\d+)(?::\d+)?): (?:fatal error|error|warning|note): )"));
    static const QRegularExpression included(QStringLiteral(R"(^(?:In file included| +) from ((.+?):(\d+))(?::\d+)?[:,]$)"));
    for (const QRegularExpression *pattern : {&diagnostic, &included}) {
        const QRegularExpressionMatch match = pattern->match(line);
        if (match.hasMatch())
            return OutputLink{{match.captured(2), match.captured(3).toInt()}, int(match.capturedStart(1)),
                              int(match.capturedLength(1))};
    }
    return std::nullopt;
}

void registerCppOutputParser(OutputParserRegistry &registry)
{
    registry.add(QStringLiteral("cpp"), [] { return std::make_unique<CppOutputParser>(); });
}

} // namespace app
