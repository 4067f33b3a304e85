#include "EditorStyle.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

namespace editor {

QFont EditorAppearance::font() const
{
    QFont f(fontFamily, fontSize);
    f.setStyleHint(QFont::Monospace);
    f.setFixedPitch(true);
    return f;
}

bool EditorAppearance::operator==(const EditorAppearance &other) const
{
    return fontFamily == other.fontFamily && fontSize == other.fontSize && tabWidth == other.tabWidth
           && dark == other.dark && wordWrap == other.wordWrap && showWhitespace == other.showWhitespace;
}

EditorPalette EditorPalette::light()
{
    EditorPalette p;
    p.paper = QColor(0xff, 0xff, 0xff);
    p.text = QColor(0x1f, 0x23, 0x28);
    p.caretLine = QColor(0xf2, 0xf5, 0xfa);
    p.caret = QColor(0x1f, 0x23, 0x28);
    p.selection = QColor(0xc8, 0xdd, 0xf8);
    p.marginPaper = QColor(0xf6, 0xf8, 0xfa);
    p.marginText = QColor(0x6e, 0x77, 0x81);
    p.braceMatch = QColor(0xb5, 0xe3, 0xc0);
    p.indentGuide = QColor(0xd0, 0xd7, 0xde);
    p.errorLine = QColor(0xff, 0xe4, 0xe4);
    p.errorMarker = QColor(0xcf, 0x22, 0x2e);
    p.callTipPaper = QColor(0xf6, 0xf8, 0xfa);
    p.callTipText = QColor(0x1f, 0x23, 0x28);
    p.callTipHighlight = QColor(0x09, 0x69, 0xda);
    p.findMatch = QColor(0xd4, 0xa7, 0x2c);
    return p;
}

EditorPalette EditorPalette::dark()
{
    EditorPalette p;
    p.paper = QColor(0x1e, 0x20, 0x24);
    p.text = QColor(0xd4, 0xd7, 0xdc);
    p.caretLine = QColor(0x2a, 0x2d, 0x33);
    p.caret = QColor(0xe6, 0xe6, 0xe6);
    p.selection = QColor(0x26, 0x4f, 0x78);
    p.marginPaper = QColor(0x19, 0x1b, 0x1f);
    p.marginText = QColor(0x85, 0x8b, 0x94);
    p.braceMatch = QColor(0x3a, 0x5f, 0x45);
    p.indentGuide = QColor(0x3b, 0x3f, 0x46);
    p.errorLine = QColor(0x4a, 0x22, 0x26);
    p.errorMarker = QColor(0xff, 0x6b, 0x6b);
    p.callTipPaper = QColor(0x30, 0x33, 0x38);
    p.callTipText = QColor(0xd4, 0xd7, 0xdc);
    p.callTipHighlight = QColor(0x79, 0xc0, 0xff);
    p.findMatch = QColor(0xe3, 0xb3, 0x41);
    return p;
}

EditorPalette EditorPalette::forAppearance(const EditorAppearance &appearance)
{
    return appearance.dark ? dark() : light();
}

void styleLexer(QsciLexer *lexer, const EditorPalette &palette, const QFont &font, bool dark)
{
    if (!lexer)
        return;
    lexer->setDefaultPaper(palette.paper);
    lexer->setDefaultColor(palette.text);
    lexer->setDefaultFont(font);
    lexer->setFont(font, -1);
    lexer->setPaper(palette.paper, -1);
    // QScintilla has at most 128 styles per lexer; unnamed ones are unused.
    for (int style = 0; style < 128; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        QColor color = lexer->defaultColor(style);
        if (dark) {
            // Mirror the lightness so dark blues become light blues, black becomes the text colour.
            const int lightness = std::max(150, 255 - color.lightness());
            color = QColor::fromHsl(color.hslHue(), std::min(color.hslSaturation(), 170), lightness);
        } else if (color == Qt::black) {
            color = palette.text;
        }
        lexer->setColor(color, style);
        QFont styleFont = font;
        const QFont defaultFont = lexer->defaultFont(style);
        styleFont.setBold(defaultFont.bold());
        styleFont.setItalic(defaultFont.italic());
        lexer->setFont(styleFont, style);
    }
}

void styleEditor(QsciScintilla *editor, const EditorPalette &palette, const QFont &font)
{
    editor->setPaper(palette.paper);
    editor->setColor(palette.text);
    editor->setFont(font);
    editor->setMarginsFont(font);
    // Some monospace fonts draw '_' below their own descent, and Scintilla clips each line to the
    // font's height: without a pixel of extra room, `for _ in` reads as `for   in`.
    editor->SendScintilla(QsciScintillaBase::SCI_SETEXTRADESCENT, 1);
    editor->setMarginsBackgroundColor(palette.marginPaper);
    editor->setMarginsForegroundColor(palette.marginText);
    editor->setFoldMarginColors(palette.marginPaper, palette.marginPaper);
    editor->setCaretForegroundColor(palette.caret);
    editor->setCaretLineBackgroundColor(palette.caretLine);
    editor->setSelectionBackgroundColor(palette.selection);
    editor->setMatchedBraceBackgroundColor(palette.braceMatch);
    editor->setMatchedBraceForegroundColor(palette.text);
    editor->setIndentationGuidesForegroundColor(palette.indentGuide);
    editor->setIndentationGuidesBackgroundColor(palette.paper);
    editor->setWhitespaceForegroundColor(palette.indentGuide);
    // Scintilla's call tip is a white popup of its own unless told otherwise (SCI_CALLTIPSETBACK/FORE).
    editor->setCallTipsBackgroundColor(palette.callTipPaper);
    editor->setCallTipsForegroundColor(palette.callTipText);
    editor->setCallTipsHighlightColor(palette.callTipHighlight);
}

} // namespace editor
