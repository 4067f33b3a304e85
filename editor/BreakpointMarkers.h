#pragma once

#include "EditorFeature.h"

#include <QHash>
#include <QList>
#include <QString>

namespace editor {

// Breakpoints in the symbol margin (a red dot; a condition makes it hollow) and the line a paused
// program stands on (an arrow and a highlighted line). Clicking the margin toggles a breakpoint.
// Scintilla moves markers with the text, so breakpoints stay on their statements while the user edits.
class BreakpointMarkers : public EditorFeature
{
    Q_OBJECT
public:
    struct Breakpoint
    {
        int line = 0; // 1-based
        QString condition;
    };

    explicit BreakpointMarkers(CodeEditor *editor);

    // The feature of `editor`, made on first use.
    static BreakpointMarkers *of(CodeEditor *editor);

    void toggle(int line);
    void setBreakpoint(int line, const QString &condition = QString());
    void removeBreakpoint(int line);
    bool hasBreakpoint(int line) const;
    QString condition(int line) const;
    // In line order.
    QList<Breakpoint> breakpoints() const;

    // 0: none.
    void setExecutionLine(int line);
    int executionLine() const;

    int breakpointMarker() const { return m_breakpoint; }
    int executionMarker() const { return m_arrow; }

Q_SIGNALS:
    void breakpointsChanged();

protected:
    void apply(bool enabled) override;

private:
    int handleAt(int line) const;

    int m_breakpoint = -1;
    int m_conditional = -1;
    int m_arrow = -1;
    int m_lineIndicator = -1;
    // Marker handle -> condition (empty: none); handles follow their line through edits.
    QHash<int, QString> m_conditions;
};

} // namespace editor
