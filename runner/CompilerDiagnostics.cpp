#include "CompilerDiagnostics.h"

#include <QRegularExpression>

namespace runner {

namespace {
QString normalSeverity(const QString &severity)
{
    return severity == QLatin1String("fatal error") ? QStringLiteral("error") : severity;
}

QList<Diagnostic> parseGcc(const QStringList &lines, const QString &sourceFileName)
{
    const QRegularExpression located(QStringLiteral("^(?:\\./)?%1:(\\d+):(?:(\\d+):)? (fatal error|error|warning|note): (.*)$")
                                         .arg(QRegularExpression::escape(sourceFileName)));
    // The linker names no line: "main.cpp:(.text+0x1a): undefined reference to `f()'" or "ld: ...".
    static const QRegularExpression linker(QStringLiteral("^(?:/usr/bin/)?(?:[\\w.-]*-)?ld(?:\\.\\w+)?: (.*)$"));
    QList<Diagnostic> diagnostics;
    for (const QString &line : lines) {
        if (const QRegularExpressionMatch match = located.match(line); match.hasMatch()) {
            diagnostics.append({match.captured(1).toInt(), match.captured(2).toInt(), normalSeverity(match.captured(3)),
                                match.captured(4)});
        } else if (const QRegularExpressionMatch link = linker.match(line); link.hasMatch()) {
            QString message = link.captured(1);
            const qsizetype place = message.indexOf(QLatin1String("): "));
            if (message.startsWith(QLatin1String("/tmp/")) && place > 0)
                message = message.mid(place + 3); // the object file's temporary name means nothing
            diagnostics.append({0, 0, QStringLiteral("error"), message});
        }
    }
    return diagnostics;
}

QList<Diagnostic> parseJavac(const QStringList &lines, const QString &sourceFileName)
{
    const QRegularExpression located(
        QStringLiteral("^(?:\\./)?%1:(\\d+): (error|warning): (.*)$").arg(QRegularExpression::escape(sourceFileName)));
    static const QRegularExpression caret(QStringLiteral("^(\\s*)\\^\\s*$"));
    QList<Diagnostic> diagnostics;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = located.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        Diagnostic diagnostic{match.captured(1).toInt(), 0, match.captured(2), match.captured(3)};
        // javac prints the source line, then a caret under the column; a message may first run on for
        // a few lines ("symbol: ...", "location: ..."), which belong to it.
        for (qsizetype j = i + 1; j < lines.size() && j <= i + 8 && !located.match(lines.at(j)).hasMatch(); ++j) {
            if (const QRegularExpressionMatch under = caret.match(lines.at(j)); under.hasMatch()) {
                diagnostic.column = int(under.capturedLength(1)) + 1;
                for (qsizetype k = j + 1; k < lines.size() && k <= j + 4; ++k) {
                    const QString detail = lines.at(k).trimmed();
                    if (!detail.startsWith(QLatin1String("symbol:")) && !detail.startsWith(QLatin1String("location:")))
                        break;
                    diagnostic.message += QStringLiteral(" (") + detail + QLatin1Char(')');
                }
                break;
            }
        }
        diagnostics.append(diagnostic);
    }
    return diagnostics;
}
} // namespace

QList<Diagnostic> parseDiagnostics(const QString &format, const QByteArray &output, const QString &sourceFileName)
{
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    if (format == QLatin1String("gcc"))
        return parseGcc(lines, sourceFileName);
    if (format == QLatin1String("javac"))
        return parseJavac(lines, sourceFileName);
    return {};
}

} // namespace runner
