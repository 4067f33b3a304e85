#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QsciLexer;
class QsciScintilla;

namespace editor {

// How the text looks: chosen in the settings dialog and applied to every open editor at once.
struct EditorAppearance
{
    QString fontFamily = QStringLiteral("Monospace");
    int fontSize = 11;
    int tabWidth = 4;
    bool dark = false;
    bool wordWrap = false;
    bool showWhitespace = false;

    QFont font() const;
    bool operator==(const EditorAppearance &other) const;
    bool operator!=(const EditorAppearance &other) const { return !(*this == other); }
};

// The editor's own colours for one theme (the lexer's token colours are derived from its defaults).
struct EditorPalette
{
    QColor paper;
    QColor text;
    QColor caretLine;
    QColor caret;
    QColor selection;
    QColor marginPaper;
    QColor marginText;
    QColor braceMatch;
    QColor indentGuide;
    QColor errorLine;
    QColor errorMarker;
    QColor callTipPaper;
    QColor callTipText;
    QColor callTipHighlight;
    QColor findMatch; // the box around every match of the find bar's text

    static EditorPalette light();
    static EditorPalette dark();
    static EditorPalette forAppearance(const EditorAppearance &appearance);
};

// Applies font and colours to a lexer's styles. In the dark theme the lexer's light-theme token colours
// are mirrored in lightness, which keeps every lexer readable without a hand-made table per language.
void styleLexer(QsciLexer *lexer, const EditorPalette &palette, const QFont &font, bool dark);
// Applies the palette to the editor's margins, caret, selection, indentation guides and call tips.
void styleEditor(QsciScintilla *editor, const EditorPalette &palette, const QFont &font);

} // namespace editor
