#include "FindReplace.h"

namespace editor {

FindReplace::FindReplace(const QString &pattern, const FindOptions &options)
    : m_pattern(pattern)
    , m_options(options)
{
    // Plain text and whole-word search become one regular expression, so every mode shares the same
    // matching and replacing code.
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    if (options.wholeWord)
        expression = QStringLiteral("\\b(?:%1)\\b").arg(expression);
    QRegularExpression::PatternOptions patternOptions = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        patternOptions |= QRegularExpression::CaseInsensitiveOption;
    // In a regular expression `^` and `$` mean a line's start and end, as in every editor.
    patternOptions |= QRegularExpression::MultilineOption;
    m_regex = QRegularExpression(expression, patternOptions);
}

QString FindReplace::errorString() const
{
    return m_regex.isValid() ? QString() : m_regex.errorString();
}

std::optional<TextMatch> FindReplace::matchAt(const QString &text, int from, const QString &replacement) const
{
    QRegularExpressionMatchIterator it = m_regex.globalMatch(text, from);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // An empty match (`^`, `x*`) would select nothing and never move the cursor: skip it.
        if (match.capturedLength() == 0)
            continue;
        TextMatch result{int(match.capturedStart()), int(match.capturedLength()), replacement};
        if (m_options.regularExpression) {
            // Expand \N and $N references to the captured groups.
            QString expanded;
            for (int i = 0; i < replacement.size(); ++i) {
                const QChar c = replacement.at(i);
                if ((c == QLatin1Char('\\') || c == QLatin1Char('$')) && i + 1 < replacement.size()
                    && replacement.at(i + 1).isDigit()) {
                    expanded += match.captured(replacement.at(i + 1).digitValue());
                    ++i;
                } else if (c == QLatin1Char('\\') && i + 1 < replacement.size()
                           && replacement.at(i + 1) == QLatin1Char('n')) {
                    expanded += QLatin1Char('\n');
                    ++i;
                } else {
                    expanded += c;
                }
            }
            result.replacement = expanded;
        }
        return result;
    }
    return std::nullopt;
}

std::optional<TextMatch> FindReplace::lastMatchBefore(const QString &text, int before,
                                                       const QString &replacement) const
{
    std::optional<TextMatch> last;
    int from = 0;
    while (auto match = matchAt(text, from, replacement)) {
        if (match->start + match->length > before)
            break;
        last = match;
        from = match->start + match->length;
    }
    return last;
}

std::optional<TextMatch> FindReplace::findNext(const QString &text, int from, const QString &replacement) const
{
    if (!isValid())
        return std::nullopt;
    from = std::clamp(from, 0, int(text.size()));
    if (m_options.backwards) {
        if (auto match = lastMatchBefore(text, from, replacement))
            return match;
        return m_options.wrapAround ? lastMatchBefore(text, int(text.size()), replacement) : std::nullopt;
    }
    if (auto match = matchAt(text, from, replacement))
        return match;
    return m_options.wrapAround && from > 0 ? matchAt(text, 0, replacement) : std::nullopt;
}

ReplaceAllResult FindReplace::replaceAll(const QString &text, const QString &replacement) const
{
    ReplaceAllResult result;
    if (!isValid()) {
        result.text = text;
        return result;
    }
    int from = 0;
    while (auto match = matchAt(text, from, replacement)) {
        result.text += QStringView(text).mid(from, match->start - from);
        result.text += match->replacement;
        from = match->start + match->length;
        ++result.count;
    }
    result.text += QStringView(text).mid(from);
    return result;
}

} // namespace editor
