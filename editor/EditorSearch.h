#pragma once

#include "FindReplace.h"

namespace editor {

class CodeEditor;

// Where the selected match is among all matches: "3 of 17".
struct MatchCount
{
    int current = 0; // 1-based index of the match that is selected; 0: the selection is no match
    int total = 0;
};

// Applies FindReplace to an editor: selects matches, replaces the selected match, replaces all in one
// undo step. Positions are converted between QString characters and Scintilla's UTF-8 bytes here only.
class EditorSearch
{
public:
    explicit EditorSearch(CodeEditor *editor);

    // Selects the next match after the selection (or before it, backwards); false when none.
    bool findNext(const QString &pattern, const FindOptions &options);
    // Replaces the selection if it is a match, then selects the next match; false when none was left.
    bool replaceNext(const QString &pattern, const QString &replacement, const FindOptions &options);
    // Returns how many matches were replaced.
    int replaceAll(const QString &pattern, const QString &replacement, const FindOptions &options);

    // Marks every match with the find indicator (its colour follows the theme, see CodeEditor) and says
    // which of them is selected. At most kMaxHighlights are marked and counted, so a one-letter pattern
    // in a huge file stays cheap.
    MatchCount highlightAll(const QString &pattern, const FindOptions &options);
    void clearHighlights();
    static constexpr int kIndicator = 9; // Scintilla leaves indicators 8-31 to containers
    static constexpr int kMaxHighlights = 10000;

private:
    int characterToByte(const QString &text, int character) const;
    int byteToCharacter(const QString &text, int byte) const;
    void select(const QString &text, const TextMatch &match);

    CodeEditor *m_editor;
};

} // namespace editor
