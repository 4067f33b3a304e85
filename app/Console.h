#pragma once

#include "ConsoleLine.h"

#include <QObject>
#include <QTextCharFormat>

class QKeyEvent;
class QPlainTextEdit;

namespace app {

// Makes the read-only output view a console: while a program runs, what the user types appears after
// the program's last output (where its prompt is), in the input colour, and Enter sends it. The typed
// text is kept at the end of the document; the pane inserts new output before it, so output arriving
// mid-typing never splits the half-typed line. Only the typed text is editable. With no program
// running (or its input closed) the console refuses typing and says so instead of letting the keys go
// elsewhere: editing shortcuts (paste, cut, undo...) are taken here, so they never reach the editor.
class Console : public QObject
{
    Q_OBJECT
public:
    explicit Console(QPlainTextEdit *view);

    // Typing is taken (a run is going and its input is open).
    void setAccepting(bool accepting);
    bool isAccepting() const { return m_accepting; }
    void setInputFormat(const QTextCharFormat &format);
    // Where output goes: the document position just before the typed text.
    int outputPosition() const;
    // What Ctrl+D does: anything typed is sent as a last line, then the input ends.
    void endInput();
    // Shows the typed text again after the document was cleared (it is kept).
    void documentCleared();
    const ConsoleLine &line() const { return m_line; }

Q_SIGNALS:
    // Enter (or a pasted line): the text without its newline. The typed text is already gone from the
    // document; the pane echoes it as input.
    void lineSubmitted(const QString &line);
    // Ctrl+D: the program's input ends (anything typed was sent first, as a line).
    void endOfInput();
    // A key that would type or edit arrived while the console takes no input.
    void typingRefused();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isTypingKey(const QKeyEvent *event) const;
    bool handleKey(QKeyEvent *event);
    void paste(const QString &text);
    void submit();
    void render();

    QPlainTextEdit *m_view;
    ConsoleLine m_line;
    QTextCharFormat m_format;
    int m_shownLength = 0; // characters of typed text at the end of the document
    bool m_accepting = false;
};

} // namespace app
