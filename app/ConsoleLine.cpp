#include "ConsoleLine.h"

namespace app {

void ConsoleLine::insert(const QString &text)
{
    m_text.insert(m_caret, text);
    m_caret += int(text.size());
}

void ConsoleLine::backspace()
{
    if (m_caret == 0)
        return;
    // A character outside the BMP is two UTF-16 units: remove both, never half of it.
    const int width = m_caret >= 2 && m_text.at(m_caret - 1).isLowSurrogate() && m_text.at(m_caret - 2).isHighSurrogate() ? 2 : 1;
    m_text.remove(m_caret - width, width);
    m_caret -= width;
}

void ConsoleLine::deleteForward()
{
    if (m_caret >= m_text.size())
        return;
    const int width = m_text.at(m_caret).isHighSurrogate() && m_caret + 1 < m_text.size() ? 2 : 1;
    m_text.remove(m_caret, width);
}

void ConsoleLine::moveLeft()
{
    if (m_caret > 0)
        m_caret -= m_caret >= 2 && m_text.at(m_caret - 1).isLowSurrogate() ? 2 : 1;
}

void ConsoleLine::moveRight()
{
    if (m_caret < m_text.size())
        m_caret += m_text.at(m_caret).isHighSurrogate() && m_caret + 1 < m_text.size() ? 2 : 1;
}

void ConsoleLine::recallPrevious()
{
    replace(m_history.previous(m_text));
}

void ConsoleLine::recallNext()
{
    replace(m_history.next());
}

QString ConsoleLine::take()
{
    const QString line = m_text;
    m_history.add(line);
    clear();
    return line;
}

void ConsoleLine::clear()
{
    m_text.clear();
    m_caret = 0;
}

void ConsoleLine::replace(const QString &text)
{
    m_text = text;
    m_caret = int(text.size());
}

} // namespace app
