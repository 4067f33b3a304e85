#pragma once

#include <QString>
#include <QStringList>

namespace app {

// The input line's history: Up goes to earlier lines, Down back towards what was being typed.
class InputHistory
{
public:
    explicit InputHistory(int capacity = 200);

    void add(const QString &line);
    // `current` is what the line holds now; it is kept so Down can bring it back.
    QString previous(const QString &current);
    QString next();
    const QStringList &entries() const { return m_entries; }

private:
    QStringList m_entries;
    int m_capacity;
    int m_position = 0; // == m_entries.size() when not browsing
    QString m_draft;
};

} // namespace app
