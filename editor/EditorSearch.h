#pragma once

#include "FindReplace.h"

namespace editor {

class CodeEditor;

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

private:
    int characterToByte(const QString &text, int character) const;
    int byteToCharacter(const QString &text, int byte) const;
    void select(const QString &text, const TextMatch &match);

    CodeEditor *m_editor;
};

} // namespace editor
