#pragma once

#include "EditorFeature.h"

#include <QList>
#include <QString>

namespace editor {

// The hottest loops of the last complexity analysis: a bar in the symbol margin along each loop's
// lines and a tooltip ("O(n^2) loop") when the mouse rests on one. The marks describe the text that
// was analyzed, so the first edit removes them rather than let them drift onto the wrong lines.
class ComplexityMarkers : public EditorFeature
{
    Q_OBJECT
public:
    struct Loop
    {
        int startLine = 0; // 1-based, inclusive
        int endLine = 0;
        QString cost; // "O(n^2)"
    };

    explicit ComplexityMarkers(CodeEditor *editor);

    void setLoops(const QList<Loop> &loops);
    void clear();
    const QList<Loop> &loops() const { return m_loops; }
    // Every 1-based line that carries a mark, in order.
    QList<int> markedLines() const;
    // The tooltip for a 1-based line; empty when no hot loop covers it.
    QString toolTipAt(int line) const;
    // The marker number, so tests can look for it with markersAtLine().
    int marker() const { return m_marker; }

protected:
    void apply(bool enabled) override;

private:
    void onDwellStart(int position, int x, int y);

    QList<Loop> m_loops;
    int m_marker = -1;
};

} // namespace editor
