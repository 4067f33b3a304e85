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

} // namespace editor
