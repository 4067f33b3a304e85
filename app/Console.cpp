#include "Console.h"

#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace app {

namespace {
bool isEnter(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

bool isEndOfInput(const QKeyEvent *event)
{
    return event->key() == Qt::Key_D && (event->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

// Keys that move inside the typed line while it is being typed (Up/Down: the history).
bool isLineNavigation(const QKeyEvent *event)
{
    if (event->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Up:
    case Qt::Key_Down:
        return true;
    default:
        return false;
    }
}

QString printableText(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    const QString text = event->text();
    for (const QChar c : text) {
        if (!c.isPrint() && !c.isSurrogate())
            return {};
    }
    return text;
}
} // namespace

Console::Console(QPlainTextEdit *view)
    : QObject(view)
    , m_view(view)
{
    m_view->installEventFilter(this);
}

void Console::setAccepting(bool accepting)
{
    if (m_accepting == accepting)
        return;
    m_accepting = accepting;
    // A read-only view gets no input-method text; the console does while it takes input.
    m_view->setAttribute(Qt::WA_InputMethodEnabled, accepting);
    if (!accepting) {
        // Never sent, and the program that would read it is gone.
        m_line.clear();
        render();
    }
}

void Console::setInputFormat(const QTextCharFormat &format)
{
    m_format = format;
    if (m_shownLength > 0)
        render();
}

int Console::outputPosition() const
{
    return m_view->document()->characterCount() - 1 - m_shownLength;
}

void Console::documentCleared()
{
    m_shownLength = 0;
    if (!m_line.text().isEmpty())
        render();
}

bool Console::isTypingKey(const QKeyEvent *event) const
{
    if (isEnter(event) || isEndOfInput(event) || !printableText(event).isEmpty())
        return true;
    // What would edit text somewhere: in the console it edits the typed line or nothing, never the
    // editor through the window's Paste, Cut, Undo or Toggle Comment actions.
    for (QKeySequence::StandardKey key :
         {QKeySequence::Paste, QKeySequence::Cut, QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Delete,
          QKeySequence::Backspace, QKeySequence::DeleteStartOfWord, QKeySequence::DeleteEndOfWord,
          QKeySequence::DeleteEndOfLine, QKeySequence::DeleteCompleteLine}) {
        if (event->matches(key))
            return true;
    }
    const int modifiers = int(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
    return event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete ||
           (modifiers == Qt::ControlModifier && event->key() == Qt::Key_Slash);
}

bool Console::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isTypingKey(key) || (m_accepting && isLineNavigation(key))) {
            key->accept();
            return true;
        }
        break;
    }
    case QEvent::KeyPress:
        return handleKey(static_cast<QKeyEvent *>(event));
    case QEvent::InputMethod:
        if (m_accepting) {
            auto *input = static_cast<QInputMethodEvent *>(event);
            if (!input->commitString().isEmpty()) {
                m_line.insert(input->commitString());
                render();
            }
            input->accept();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool Console::handleKey(QKeyEvent *event)
{
    if (!m_accepting) {
        if (!isTypingKey(event))
            return false; // copying, selecting and scrolling the output still work
        Q_EMIT typingRefused();
        return true;
    }
    if (isEnter(event)) {
        submit();
        return true;
    }
    if (isEndOfInput(event)) {
        endInput();
        return true;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste(QApplication::clipboard()->text());
        return true;
    }
    if (isLineNavigation(event)) {
        switch (event->key()) {
        case Qt::Key_Left: m_line.moveLeft(); break;
        case Qt::Key_Right: m_line.moveRight(); break;
        case Qt::Key_Home: m_line.moveHome(); break;
        case Qt::Key_End: m_line.moveEnd(); break;
        case Qt::Key_Up: m_line.recallPrevious(); break;
        default: m_line.recallNext(); break;
        }
        render();
        return true;
    }
    if (event->key() == Qt::Key_Backspace && !(event->modifiers() & Qt::ControlModifier)) {
        m_line.backspace();
        render();
        return true;
    }
    if (event->key() == Qt::Key_Delete && !(event->modifiers() & Qt::ControlModifier)) {
        m_line.deleteForward();
        render();
        return true;
    }
    if (const QString text = printableText(event); !text.isEmpty()) {
        m_line.insert(text);
        render();
        return true;
    }
    // Other editing keys (cut, undo, word deletion) would reach into the output: swallowed.
    return isTypingKey(event);
}

void Console::endInput()
{
    // What is typed is sent as a last line, then the input ends: nobody expects it dropped.
    if (m_accepting && !m_line.text().isEmpty())
        submit();
    setAccepting(false);
    Q_EMIT endOfInput();
}

void Console::paste(const QString &text)
{
    // Several lines are sent one by one, as if each was typed and Enter pressed; the part after the last
    // newline stays typed, to be finished and sent by the user.
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString part = lines.at(i);
        part.removeIf([](QChar c) { return !c.isPrint() && c != QLatin1Char('\t') && !c.isSurrogate(); });
        m_line.insert(part);
        if (i + 1 < lines.size())
            submit();
    }
    render();
}

void Console::submit()
{
    const QString line = m_line.take();
    render(); // the typed text leaves the document: the pane echoes the line where it belongs
    Q_EMIT lineSubmitted(line);
}

void Console::render()
{
    QTextDocument *document = m_view->document();
    const int end = document->characterCount() - 1;
    QTextCursor cursor(document);
    cursor.setPosition(end - m_shownLength);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    if (m_line.text().isEmpty())
        cursor.removeSelectedText();
    else
        cursor.insertText(m_line.text(), m_format);
    m_shownLength = int(m_line.text().size());
    if (!m_accepting)
        return;
    // The caret shows where the next key goes: inside the typed text.
    QTextCursor caret(document);
    caret.setPosition(document->characterCount() - 1 - m_shownLength + m_line.caret());
    m_view->setTextCursor(caret);
    m_view->ensureCursorVisible();
}

} // namespace app
