#include "InputHistory.h"

namespace app {

InputHistory::InputHistory(int capacity)
    : m_capacity(capacity)
{
}

void InputHistory::add(const QString &line)
{
    if (!line.isEmpty() && (m_entries.isEmpty() || m_entries.last() != line))
        m_entries.append(line);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    m_position = int(m_entries.size());
    m_draft.clear();
}

QString InputHistory::previous(const QString &current)
{
    if (m_entries.isEmpty())
        return current;
    if (m_position == m_entries.size())
        m_draft = current;
    if (m_position > 0)
        --m_position;
    return m_entries.at(m_position);
}

QString InputHistory::next()
{
    if (m_position >= m_entries.size())
        return m_draft;
    ++m_position;
    return m_position == m_entries.size() ? m_draft : m_entries.at(m_position);
}

} // namespace app
