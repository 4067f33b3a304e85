#include "JavaSource.h"

#include <QChar>

#include <algorithm>

namespace runner {

namespace {
bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit();
}

// Moves `i` past a literal that starts at `i` (a string, a text block or a character literal).
void skipLiteral(const QString &text, qsizetype &i)
{
    const QChar quote = text.at(i);
    if (quote == QLatin1Char('"') && text.mid(i, 3) == QLatin1String("\"\"\"")) {
        const qsizetype end = text.indexOf(QLatin1String("\"\"\""), i + 3);
        // An escaped quote inside a text block (\""") is rare enough to be taken as its end: the
        // worst case is the fallback name, which javac then reports.
        i = end < 0 ? text.size() : end + 3;
        return;
    }
    for (++i; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            ++i;
        else if (c == quote || c == QLatin1Char('\n'))
            break;
    }
    ++i;
}
} // namespace

QString javaMainClass(const QByteArray &source)
{
    const QString text = QString::fromUtf8(source);
    int depth = 0;
    bool publicSeen = false;     // `public` among the modifiers of the current top-level declaration
    bool expectName = false;     // the previous word was class/interface/enum/record
    bool expectedPublic = false;
    QString firstClass;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('/') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('/')) {
            const qsizetype end = text.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? text.size() : end + 1;
        } else if (c == QLatin1Char('/') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? text.size() : end + 2;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            skipLiteral(text, i);
        } else if (c == QLatin1Char('{')) {
            ++depth;
            ++i;
            expectName = false;
        } else if (c == QLatin1Char('}')) {
            depth = std::max(0, depth - 1);
            ++i;
            if (depth == 0)
                publicSeen = false; // a top-level declaration ended
        } else if (c == QLatin1Char(';')) {
            ++i;
            if (depth == 0)
                publicSeen = false; // an import or package declaration ended
        } else if (isIdentifierStart(c)) {
            const qsizetype start = i;
            while (i < text.size() && isIdentifierPart(text.at(i)))
                ++i;
            if (depth != 0)
                continue;
            const QString word = text.mid(start, i - start);
            if (expectName) {
                expectName = false;
                if (expectedPublic)
                    return word;
                if (firstClass.isEmpty())
                    firstClass = word;
            } else if (word == QLatin1String("public")) {
                publicSeen = true;
            } else if (word == QLatin1String("class") || word == QLatin1String("interface")
                       || word == QLatin1String("enum") || word == QLatin1String("record")) {
                expectName = true;
                expectedPublic = publicSeen;
            }
        } else {
            // `@interface`: the @ is skipped and `interface` is read as a word.
            ++i;
        }
    }
    return firstClass.isEmpty() ? QStringLiteral("Main") : firstClass;
}

} // namespace runner
