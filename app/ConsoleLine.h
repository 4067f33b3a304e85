#pragma once

#include "InputHistory.h"

#include <QString>

namespace app {

// The line the user is typing in the console, before Enter sends it: its text, where the caret is in
// it, and the earlier lines Up/Down bring back. No widget, so the editing rules are tested on their own;
// only this text is ever editable, never the program's output around it.
class ConsoleLine
{
public:
    const QString &text() const { return m_text; }
    int caret() const { return m_caret; }
    const InputHistory &history() const { return m_history; }

    void insert(const QString &text);
    void backspace();
    void deleteForward();
    void moveLeft();
    void moveRight();
    void moveHome() { m_caret = 0; }
    void moveEnd() { m_caret = int(m_text.size()); }
    void recallPrevious();
    void recallNext();
    // The finished line (added to the history); the console starts a new, empty one.
    QString take();
    void clear();

private:
    void replace(const QString &text);

    QString m_text;
    int m_caret = 0;
    InputHistory m_history;
};

} // namespace app
