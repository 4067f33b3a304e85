#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace editor {

struct FindOptions
{
    bool caseSensitive = false;
    bool wholeWord = false;
    bool regularExpression = false;
    bool backwards = false;
    bool wrapAround = true;
};

struct TextMatch
{
    int start = 0;  // in QString characters (UTF-16 units)
    int length = 0;
    QString replacement; // with \1 / $1 references resolved, for regular expressions
};

struct ReplaceAllResult
{
    QString text;
    int count = 0;
};

// Find and replace over plain text, without any widget: the editor adapter (EditorSearch) converts its
// positions. Keeping the matching rules here lets them be tested exhaustively and shared by every
// front end that searches text.
class FindReplace
{
public:
    FindReplace(const QString &pattern, const FindOptions &options);

    // Empty when the pattern is a valid one; otherwise the regular expression's error.
    QString errorString() const;
    bool isValid() const { return errorString().isEmpty() && !m_pattern.isEmpty(); }

    // The next match starting at or after `from` (before `from` when searching backwards), wrapping
    // around the text when the options allow it.
    std::optional<TextMatch> findNext(const QString &text, int from,
                                      const QString &replacement = QString()) const;
    ReplaceAllResult replaceAll(const QString &text, const QString &replacement) const;

private:
    std::optional<TextMatch> matchAt(const QString &text, int from, const QString &replacement) const;
    std::optional<TextMatch> lastMatchBefore(const QString &text, int before,
                                             const QString &replacement) const;

    QString m_pattern;
    FindOptions m_options;
    QRegularExpression m_regex;
};

} // namespace editor
