#pragma once

#include "EditorStyle.h"

#include <Qsci/qsciscintilla.h>

namespace editor {

struct LanguageDefinition;
class AutoIndent;
class BraceMatching;
class CodeFolding;
class CommentToggler;
class ComplexityMarkers;
class Completion;
class CurrentLineHighlight;
class ErrorMarkers;
class IndentationGuides;
class LineNumbers;

// The code editor: QScintilla plus a language and a set of small features it owns. It knows nothing of
// files, runs or settings storage; the application sets its language and appearance.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // nullptr: plain text.
    void setLanguage(const LanguageDefinition *language);
    const LanguageDefinition *language() const { return m_language; }

    void setAppearance(const EditorAppearance &appearance);
    const EditorAppearance &appearance() const { return m_appearance; }

    // 1-based line, as people and tracebacks count; the caret lands on the first non-blank character.
    void goToLine(int line);
    int currentLine() const;   // 1-based
    int currentColumn() const; // 1-based, in characters
    void resetZoom();
    void toggleComment();

    // Keys the application's commands use (Ctrl+/, Ctrl++, ...): Scintilla's own bindings for them are
    // removed, because a bound key is claimed by the editor (it accepts the ShortcutOverride) and the
    // command's shortcut would never fire while the editor has focus.
    void releaseKeys(const QList<QKeySequence> &keys);

    LineNumbers *lineNumbers() const { return m_lineNumbers; }
    CodeFolding *codeFolding() const { return m_folding; }
    BraceMatching *braceMatcher() const { return m_braceMatching; }
    CurrentLineHighlight *currentLineHighlight() const { return m_currentLine; }
    IndentationGuides *indentationGuides() const { return m_indentGuides; }
    AutoIndent *autoIndenter() const { return m_autoIndent; }
    CommentToggler *commentToggler() const { return m_commentToggler; }
    Completion *completion() const { return m_completion; }
    ErrorMarkers *errorMarkers() const { return m_errorMarkers; }
    ComplexityMarkers *complexityMarkers() const { return m_complexityMarkers; }

Q_SIGNALS:
    void languageChanged();
    void zoomChanged(int level);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyStyle();

    const LanguageDefinition *m_language = nullptr;
    QsciLexer *m_lexer = nullptr;
    EditorAppearance m_appearance;
    LineNumbers *m_lineNumbers;
    CodeFolding *m_folding;
    BraceMatching *m_braceMatching;
    CurrentLineHighlight *m_currentLine;
    IndentationGuides *m_indentGuides;
    AutoIndent *m_autoIndent;
    CommentToggler *m_commentToggler;
    Completion *m_completion;
    ErrorMarkers *m_errorMarkers;
    ComplexityMarkers *m_complexityMarkers;
};

} // namespace editor
