#include "CodeEditor.h"

#include "ComplexityMarkers.h"
#include "EditorFeatures.h"
#include "EditorSearch.h"
#include "EditorLanguages.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexer.h>

#include <QGuiApplication>
#include <QScreen>
#include <QWheelEvent>

namespace editor {

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    setEolMode(EolUnix);
    setIndentationsUseTabs(false);
    setBackspaceUnindents(true);
    setTabIndents(true);
    setScrollWidthTracking(true);
    setScrollWidth(1);
    setAccessibleName(tr("Code editor"));
    // Scintilla's default key bindings include Ctrl+D (duplicate line) and Ctrl+L (delete line): keep
    // them; those the application's commands use are released by releaseKeys().

    // The symbol margin (1) starts empty: each marker feature adds its own marker to its mask.
    setMarginMarkerMask(1, 0);
    m_lineNumbers = new LineNumbers(this);
    m_folding = new CodeFolding(this);
    m_braceMatching = new BraceMatching(this);
    m_currentLine = new CurrentLineHighlight(this);
    m_indentGuides = new IndentationGuides(this);
    m_autoIndent = new AutoIndent(this);
    m_commentToggler = new CommentToggler(this);
    m_completion = new Completion(this);
    m_errorMarkers = new ErrorMarkers(this);
    m_complexityMarkers = new ComplexityMarkers(this);
    const QList<EditorFeature *> features{m_lineNumbers, m_folding, m_braceMatching, m_currentLine,
                                          m_indentGuides, m_autoIndent, m_commentToggler, m_completion,
                                          m_errorMarkers, m_complexityMarkers};
    for (EditorFeature *feature : features)
        feature->apply(true);
    applyStyle();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setLanguage(const LanguageDefinition *language)
{
    if (language == m_language && (m_lexer || !language))
        return;
    m_language = language;
    QsciLexer *old = m_lexer;
    m_lexer = language && language->createLexer ? language->createLexer(this) : nullptr;
    // Colours first, so the lexer never paints a single frame in its own default theme.
    applyStyle();
    setLexer(m_lexer);
    delete old;
    m_completion->setLanguage(language);
    applyStyle();
    Q_EMIT languageChanged();
}

void CodeEditor::setAppearance(const EditorAppearance &appearance)
{
    m_appearance = appearance;
    applyStyle();
}

void CodeEditor::applyStyle()
{
    const EditorPalette palette = EditorPalette::forAppearance(m_appearance);
    const QFont font = m_appearance.font();
    styleLexer(m_lexer, palette, font, m_appearance.dark);
    styleEditor(this, palette, font);
    setTabWidth(m_appearance.tabWidth);
    setIndentationWidth(m_appearance.tabWidth);
    setWrapMode(m_appearance.wordWrap ? WrapWord : WrapNone);
    setWhitespaceVisibility(m_appearance.showWhitespace ? WsVisible : WsInvisible);
    setEolVisibility(false);
    m_lineNumbers->updateWidth();
    // The find bar's match boxes follow the theme too.
    indicatorDefine(StraightBoxIndicator, EditorSearch::kIndicator);
    setIndicatorForegroundColor(palette.findMatch, EditorSearch::kIndicator);
    SendScintilla(SCI_INDICSETALPHA, EditorSearch::kIndicator, 90);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, EditorSearch::kIndicator, 220);
    SendScintilla(SCI_INDICSETUNDER, EditorSearch::kIndicator, 1);
    // Marker colours follow the theme.
    static_cast<EditorFeature *>(m_errorMarkers)->apply(m_errorMarkers->isEnabled());
    static_cast<EditorFeature *>(m_complexityMarkers)->apply(m_complexityMarkers->isEnabled());
}

void CodeEditor::goToLine(int line)
{
    const int target = std::clamp(line, 1, std::max(1, lines())) - 1;
    const QString content = text(target);
    int column = 0;
    while (column < content.size() && (content.at(column) == QLatin1Char(' ') || content.at(column) == QLatin1Char('\t')))
        ++column;
    // Unfold first: a line inside a folded block would otherwise stay hidden.
    ensureLineVisible(target);
    setCursorPosition(target, column);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

int CodeEditor::currentLine() const
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    return line + 1;
}

int CodeEditor::currentColumn() const
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    return index + 1;
}

void CodeEditor::resetZoom()
{
    zoomTo(0);
    Q_EMIT zoomChanged(0);
}

void CodeEditor::toggleComment()
{
    m_commentToggler->toggle();
}

void CodeEditor::releaseKeys(const QList<QKeySequence> &keys)
{
    const QList<QsciCommand *> &commands = standardCommands()->commands();
    for (const QKeySequence &sequence : keys) {
        // QsciCommand keys are single chords: a Qt key code or'ed with its modifiers.
        if (sequence.count() != 1)
            continue;
        const int key = sequence[0].toCombined();
        for (QsciCommand *command : commands) {
            if (command->key() == key)
                command->setKey(0);
            if (command->alternateKey() == key)
                command->setAlternateKey(0);
        }
    }
}

void CodeEditor::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms in Scintilla already; report it so the status bar and settings can follow.
    QsciScintilla::wheelEvent(event);
    if (event->modifiers() & Qt::ControlModifier)
        Q_EMIT zoomChanged(int(SendScintilla(SCI_GETZOOM)));
}

} // namespace editor

namespace editor {

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    // QScintilla places its completion list with QGuiApplication::screenAt(caret) and dereferences the
    // result: with the caret off every screen (a window partly off-screen) that crashes. Suspend
    // completion for such a keystroke instead.
    const AutoCompletionSource source = autoCompletionSource();
    bool suspended = false;
    if (source != AcsNone && !event->text().isEmpty()) {
        const long position = SendScintilla(SCI_GETCURRENTPOS);
        const QPoint caret(int(SendScintilla(SCI_POINTXFROMPOSITION, 0UL, position)),
                           int(SendScintilla(SCI_POINTYFROMPOSITION, 0UL, position)));
        if (!QGuiApplication::screenAt(viewport()->mapToGlobal(caret))) {
            setAutoCompletionSource(AcsNone);
            suspended = true;
        }
    }
    QsciScintilla::keyPressEvent(event);
    if (suspended)
        setAutoCompletionSource(source);
}

} // namespace editor
