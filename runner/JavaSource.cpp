#include "JavaSource.h"

#include <QChar>
#include <QList>

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

struct TopLevelType
{
    QString name;
    qsizetype publicAt = -1; // where its `public` modifier starts in the text, or -1
};

// The program's top-level type declarations in order.
QList<TopLevelType> topLevelTypes(const QString &text)
{
    QList<TopLevelType> types;
    int depth = 0;
    qsizetype publicAt = -1;   // `public` among the modifiers of the current top-level declaration
    bool expectName = false;   // the previous word was class/interface/enum/record
    qsizetype expectedPublic = -1;
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
                publicAt = -1; // a top-level declaration ended
        } else if (c == QLatin1Char(';')) {
            ++i;
            if (depth == 0)
                publicAt = -1; // an import or package declaration ended
        } else if (isIdentifierStart(c)) {
            const qsizetype start = i;
            while (i < text.size() && isIdentifierPart(text.at(i)))
                ++i;
            if (depth != 0)
                continue;
            const QString word = text.mid(start, i - start);
            if (expectName) {
                expectName = false;
                types.append({word, expectedPublic});
            } else if (word == QLatin1String("public")) {
                publicAt = start;
            } else if (word == QLatin1String("class") || word == QLatin1String("interface")
                       || word == QLatin1String("enum") || word == QLatin1String("record")) {
                expectName = true;
                expectedPublic = publicAt;
            }
        } else {
            // `@interface`: the @ is skipped and `interface` is read as a word.
            ++i;
        }
    }
    return types;
}
} // namespace

QString javaMainClass(const QByteArray &source)
{
    const QList<TopLevelType> types = topLevelTypes(QString::fromUtf8(source));
    for (const TopLevelType &type : types) {
        if (type.publicAt >= 0)
            return type.name;
    }
    return types.isEmpty() ? QStringLiteral("Main") : types.first().name;
}

QByteArray javaWithoutPublicTypes(const QByteArray &source)
{
    QString text = QString::fromUtf8(source);
    for (const TopLevelType &type : topLevelTypes(text)) {
        if (type.publicAt >= 0)
            text.replace(type.publicAt, 6, QStringLiteral("      "));
    }
    return text.toUtf8();
}

} // namespace runner
