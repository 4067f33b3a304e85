#include "EditorFeatures.h"

#include "CodeEditor.h"
#include "EditorLanguages.h"

#include <Qsci/qsciabstractapis.h>
#include <Qsci/qscilexer.h>

#include <QRegularExpression>
#include <QToolTip>

#include <climits>

namespace editor {

namespace {
constexpr int kLineNumberMargin = 0;
constexpr int kSymbolMargin = 1;
constexpr int kFoldMargin = 2;
} // namespace

LineNumbers::LineNumbers(CodeEditor *editor)
    : EditorFeature(editor)
{
    connect(editor, &QsciScintilla::linesChanged, this, &LineNumbers::updateWidth);
    connect(editor, &CodeEditor::zoomChanged, this, [this] {
        m_digits = 0;
        updateWidth();
    });
}

void LineNumbers::updateWidth()
{
    if (!isEnabled())
        return;
    const int digits = std::max(3, int(QString::number(editor()->lines()).size()));
    // Changing a margin's width repaints the whole view: only do it when the digit count changes.
    if (digits == m_digits)
        return;
    m_digits = digits;
    editor()->setMarginWidth(kLineNumberMargin, QString(digits + 1, QLatin1Char('9')));
}

void LineNumbers::apply(bool enabled)
{
    editor()->setMarginLineNumbers(kLineNumberMargin, enabled);
    m_digits = 0;
    if (enabled)
        updateWidth();
    else
        editor()->setMarginWidth(kLineNumberMargin, 0);
}

void CodeFolding::apply(bool enabled)
{
    editor()->setFolding(enabled ? QsciScintilla::BoxedTreeFoldStyle : QsciScintilla::NoFoldStyle, kFoldMargin);
}

void BraceMatching::apply(bool enabled)
{
    editor()->setBraceMatching(enabled ? QsciScintilla::SloppyBraceMatch : QsciScintilla::NoBraceMatch);
}

void CurrentLineHighlight::apply(bool enabled)
{
    editor()->setCaretLineVisible(enabled);
}

void IndentationGuides::apply(bool enabled)
{
    editor()->setIndentationGuides(enabled);
}

AutoIndent::AutoIndent(CodeEditor *editor)
    : EditorFeature(editor)
{
    // QsciScintilla's own handler (connected in its constructor, so it runs first) keeps the previous
    // line's indentation; this adds the extra level after a block opener.
    connect(editor, &QsciScintillaBase::SCN_CHARADDED, this, &AutoIndent::onCharAdded);
}

void AutoIndent::apply(bool enabled)
{
    editor()->setAutoIndent(enabled);
}

void AutoIndent::onCharAdded(int character)
{
    if (!isEnabled() || character != '\n')
        return;
    CodeEditor *e = editor();
    int line = 0;
    int index = 0;
    e->getCursorPosition(&line, &index);
    if (line == 0)
        return;
    const LanguageDefinition *language = e->language();
    QString previous = e->text(line - 1);
    if (language && !language->lineComment.isEmpty()) {
        // A trailing comment does not end the block opener: "if x:  # why" still opens a block.
        const int comment = previous.indexOf(language->lineComment.trimmed());
        if (comment >= 0)
            previous.truncate(comment);
    }
    previous = previous.trimmed();
    const QChar opener = language && language->id == QLatin1String("python") ? QLatin1Char(':') : QLatin1Char('{');
    if (previous.isEmpty() || !previous.endsWith(opener))
        return;
    const int indent = e->indentation(line - 1) + e->indentationWidth();
    e->setIndentation(line, indent);
    e->setCursorPosition(line, e->text(line).indexOf(QRegularExpression(QStringLiteral("\\S|$"))));
}

void CommentToggler::toggle()
{
    CodeEditor *e = editor();
    const LanguageDefinition *language = e->language();
    if (!language || language->lineComment.isEmpty())
        return;
    const QString prefix = language->lineComment;
    const QString bare = prefix.trimmed();
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    if (e->hasSelectedText()) {
        e->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        // A selection ending at column 0 does not include that line.
        if (indexTo == 0 && lineTo > lineFrom)
            --lineTo;
    } else {
        e->getCursorPosition(&lineFrom, &indexFrom);
        lineTo = lineFrom;
    }
    // Comment all lines unless every non-blank line is already commented; then uncomment.
    bool allCommented = true;
    int minIndent = INT_MAX;
    for (int line = lineFrom; line <= lineTo; ++line) {
        const QString text = e->text(line);
        if (text.trimmed().isEmpty())
            continue;
        minIndent = std::min(minIndent, int(text.indexOf(QRegularExpression(QStringLiteral("\\S")))));
        if (!text.trimmed().startsWith(bare))
            allCommented = false;
    }
    if (minIndent == INT_MAX)
        return;
    e->beginUndoAction();
    for (int line = lineFrom; line <= lineTo; ++line) {
        const QString text = e->text(line);
        if (text.trimmed().isEmpty())
            continue;
        if (allCommented) {
            const int at = text.indexOf(bare);
            const int length = text.mid(at).startsWith(prefix) ? prefix.size() : bare.size();
            e->setSelection(line, at, line, at + length);
            e->removeSelectedText();
        } else {
            e->insertAt(prefix, line, minIndent);
        }
    }
    e->endUndoAction();
    if (lineFrom != lineTo)
        e->setSelection(lineFrom, 0, lineTo, e->text(lineTo).remove(QLatin1Char('\n')).size());
}

Completion::Completion(CodeEditor *editor)
    : EditorFeature(editor)
{
}

void Completion::setThreshold(int characters)
{
    m_threshold = std::max(1, characters);
    if (isEnabled())
        editor()->setAutoCompletionThreshold(m_threshold);
}

namespace {

// The language's words for QScintilla's completion and call tips. QsciAPIs would do this too, but it
// prepares its list on a worker thread that aborts the program when the lexer is replaced mid-way;
// a sorted list of a few hundred words needs no thread.
class LanguageWords : public QsciAbstractAPIs
{
public:
    LanguageWords(QsciLexer *lexer, const LanguageDefinition &language)
        : QsciAbstractAPIs(lexer)
        , m_callTips(language.callTips)
    {
        m_words = language.keywords + language.builtins;
        std::sort(m_words.begin(), m_words.end());
        m_words.erase(std::unique(m_words.begin(), m_words.end()), m_words.end());
    }

    void updateAutoCompletionList(const QStringList &context, QStringList &list) override
    {
        const QString prefix = context.isEmpty() ? QString() : context.last();
        if (prefix.isEmpty())
            return;
        auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), prefix);
        for (; it != m_words.cend() && it->startsWith(prefix); ++it) {
            if (*it != prefix && !list.contains(*it))
                list << *it;
        }
    }

    QStringList callTips(const QStringList &context, int, QsciScintilla::CallTipsStyle, QList<int> &shifts) override
    {
        // The context ends with the name before "(" (and an empty word for the opening bracket).
        QString name;
        for (auto it = context.crbegin(); it != context.crend() && name.isEmpty(); ++it)
            name = *it;
        const QString tip = m_callTips.value(name);
        if (tip.isEmpty())
            return {};
        const QStringList tips = tip.split(QLatin1Char('\n'));
        for (int i = 0; i < tips.size(); ++i)
            shifts << 0;
        return tips;
    }

private:
    QStringList m_words;
    QMap<QString, QString> m_callTips;
};

} // namespace

void Completion::setLanguage(const LanguageDefinition *language)
{
    QsciLexer *lexer = editor()->lexer();
    if (!language || !lexer)
        return;
    // Owned by the lexer (its parent), so it goes away with it when the language changes.
    lexer->setAPIs(new LanguageWords(lexer, *language));
}

void Completion::apply(bool enabled)
{
    CodeEditor *e = editor();
    e->setAutoCompletionSource(enabled ? QsciScintilla::AcsAll : QsciScintilla::AcsNone);
    e->setAutoCompletionThreshold(m_threshold);
    e->setAutoCompletionCaseSensitivity(true);
    e->setAutoCompletionReplaceWord(false);
    e->setAutoCompletionUseSingle(QsciScintilla::AcusNever);
    e->setCallTipsStyle(enabled ? QsciScintilla::CallTipsNoContext : QsciScintilla::CallTipsNone);
    e->setCallTipsVisible(0);
}

ErrorMarkers::ErrorMarkers(CodeEditor *editor)
    : EditorFeature(editor)
{
    m_marker = editor->markerDefine(QsciScintilla::RightArrow);
    m_background = editor->markerDefine(QsciScintilla::Background);
    editor->SendScintilla(QsciScintillaBase::SCI_SETMOUSEDWELLTIME, 400);
    connect(editor, &QsciScintillaBase::SCN_DWELLSTART, this, &ErrorMarkers::onDwellStart);
    connect(editor, &QsciScintillaBase::SCN_DWELLEND, this, &ErrorMarkers::onDwellEnd);
}

void ErrorMarkers::apply(bool enabled)
{
    CodeEditor *e = editor();
    const EditorPalette palette = EditorPalette::forAppearance(e->appearance());
    e->setMarkerBackgroundColor(palette.errorMarker, m_marker);
    e->setMarkerForegroundColor(palette.errorMarker, m_marker);
    e->setMarkerBackgroundColor(palette.errorLine, m_background);
    e->setMarginType(kSymbolMargin, QsciScintilla::SymbolMargin);
    e->setMarginWidth(kSymbolMargin, enabled ? 14 : 0);
    // The symbol margin is shared (ComplexityMarkers draws there too): change only this feature's bit.
    const unsigned bit = 1u << m_marker;
    const unsigned mask = unsigned(e->marginMarkerMask(kSymbolMargin));
    e->setMarginMarkerMask(kSymbolMargin, int(enabled ? (mask | bit) : (mask & ~bit)));
    e->setMarginSensitivity(kSymbolMargin, false);
}

void ErrorMarkers::mark(int line, const QString &message)
{
    if (line < 1)
        return;
    CodeEditor *e = editor();
    const int handle = e->markerAdd(line - 1, m_marker);
    e->markerAdd(line - 1, m_background);
    m_messages.insert(handle, message);
}

void ErrorMarkers::clear()
{
    editor()->markerDeleteAll(m_marker);
    editor()->markerDeleteAll(m_background);
    m_messages.clear();
}

QString ErrorMarkers::messageAt(int line) const
{
    QStringList messages;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (editor()->markerLine(it.key()) == line - 1)
            messages << it.value();
    }
    return messages.join(QLatin1Char('\n'));
}

QList<int> ErrorMarkers::lines() const
{
    QList<int> result;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const int line = editor()->markerLine(it.key());
        if (line >= 0 && !result.contains(line + 1))
            result << line + 1;
    }
    std::sort(result.begin(), result.end());
    return result;
}

void ErrorMarkers::onDwellStart(int position, int x, int y)
{
    if (!isEnabled() || m_messages.isEmpty())
        return;
    CodeEditor *e = editor();
    // Hovering the margin gives no position; ask for the line under the point instead.
    const long pos = position >= 0 ? position
                                   : e->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMPOINT,
                                                      (unsigned long)std::max(0, e->marginWidth(0) + e->marginWidth(1) + e->marginWidth(2)),
                                                      long(y));
    const int line = int(e->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, (unsigned long)pos)) + 1;
    const QString message = messageAt(line);
    if (!message.isEmpty())
        QToolTip::showText(e->viewport()->mapToGlobal(QPoint(x, y)), message, e->viewport());
}

void ErrorMarkers::onDwellEnd()
{
    QToolTip::hideText();
}

} // namespace editor
