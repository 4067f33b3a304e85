#include "EditorSearch.h"

#include "CodeEditor.h"

namespace editor {

EditorSearch::EditorSearch(CodeEditor *editor)
    : m_editor(editor)
{
}

int EditorSearch::characterToByte(const QString &text, int character) const
{
    return int(QStringView(text).left(character).toUtf8().size());
}

int EditorSearch::byteToCharacter(const QString &text, int byte) const
{
    return int(QString::fromUtf8(text.toUtf8().left(byte)).size());
}

void EditorSearch::select(const QString &text, const TextMatch &match)
{
    const int start = characterToByte(text, match.start);
    const int end = start + int(QStringView(text).mid(match.start, match.length).toUtf8().size());
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETSEL, (unsigned long)start, long(end));
    m_editor->ensureCursorVisible();
}

bool EditorSearch::findNext(const QString &pattern, const FindOptions &options)
{
    const FindReplace finder(pattern, options);
    const QString text = m_editor->text();
    const long selStart = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const long selEnd = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND);
    const int from = byteToCharacter(text, int(options.backwards ? selStart : selEnd));
    const auto match = finder.findNext(text, from);
    if (!match)
        return false;
    select(text, *match);
    return true;
}

bool EditorSearch::replaceNext(const QString &pattern, const QString &replacement, const FindOptions &options)
{
    const FindReplace finder(pattern, options);
    if (!finder.isValid())
        return false;
    const QString text = m_editor->text();
    const long selStart = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const long selEnd = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND);
    if (selStart != selEnd) {
        // Only replace when the selection is exactly a match: otherwise find one first, as editors do.
        FindOptions forward = options;
        forward.backwards = false;
        forward.wrapAround = false;
        const int start = byteToCharacter(text, int(selStart));
        const auto match = FindReplace(pattern, forward).findNext(text, start, replacement);
        if (match && match->start == start && characterToByte(text, match->start + match->length) == selEnd) {
            m_editor->replaceSelectedText(match->replacement);
        }
    }
    return findNext(pattern, options);
}

int EditorSearch::replaceAll(const QString &pattern, const QString &replacement, const FindOptions &options)
{
    const FindReplace finder(pattern, options);
    const QString text = m_editor->text();
    const ReplaceAllResult result = finder.replaceAll(text, replacement);
    if (result.count == 0)
        return 0;
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    // One target replacement keeps undo to a single step and avoids one repaint per match.
    const QByteArray replacementBytes = result.text.toUtf8();
    m_editor->beginUndoAction();
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETSTART, 0UL);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETEND,
                            (unsigned long)m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    m_editor->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET, (unsigned long)replacementBytes.size(),
                            replacementBytes.constData());
    m_editor->endUndoAction();
    m_editor->setCursorPosition(std::min(line, m_editor->lines() - 1), index);
    return result.count;
}

MatchCount EditorSearch::highlightAll(const QString &pattern, const FindOptions &options)
{
    clearHighlights();
    MatchCount count;
    FindOptions forward = options;
    forward.backwards = false;
    forward.wrapAround = false;
    const FindReplace finder(pattern, forward);
    if (!finder.isValid())
        return count;
    const QString text = m_editor->text();
    const long selStart = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const long selEnd = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, kIndicator);
    // Bytes are counted as the matches advance: one pass over the text, not one per match.
    int character = 0;
    long byte = 0;
    int from = 0;
    while (from <= text.size() && count.total < kMaxHighlights) {
        const auto match = finder.findNext(text, from);
        if (!match)
            break;
        byte += QStringView(text).mid(character, match->start - character).toUtf8().size();
        character = match->start;
        const long length = QStringView(text).mid(match->start, match->length).toUtf8().size();
        ++count.total;
        if (byte == selStart && byte + length == selEnd)
            count.current = count.total;
        if (length > 0)
            m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE, (unsigned long)byte, length);
        // An empty match (a regular expression such as ^) must still move on.
        from = match->start + std::max(1, match->length);
    }
    return count;
}

void EditorSearch::clearHighlights()
{
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, kIndicator);
    m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0UL,
                            m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
}

} // namespace editor
