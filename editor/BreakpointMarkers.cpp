#include "BreakpointMarkers.h"

#include "CodeEditor.h"

#include <algorithm>

namespace editor {

namespace {
constexpr int kSymbolMargin = 1; // shared with ErrorMarkers and ComplexityMarkers
} // namespace

BreakpointMarkers::BreakpointMarkers(CodeEditor *editor)
    : EditorFeature(editor)
{
    setObjectName(QStringLiteral("breakpointMarkers"));
    m_breakpoint = editor->markerDefine(QsciScintilla::Circle);
    m_conditional = editor->markerDefine(QsciScintilla::Circle);
    m_arrow = editor->markerDefine(QsciScintilla::RightArrow);
    // The paused line's background is an indicator, not a Background marker: the caret line's
    // highlight is drawn over marker backgrounds, and the caret is usually on that very line.
    m_lineIndicator = editor->indicatorDefine(QsciScintilla::StraightBoxIndicator);
    editor->setIndicatorDrawUnder(true, m_lineIndicator);
    editor->setMarginSensitivity(kSymbolMargin, true);
    connect(editor, &QsciScintilla::marginClicked, this, [this](int margin, int line, Qt::KeyboardModifiers) {
        if (margin == kSymbolMargin || margin == 0)
            toggle(line + 1);
    });
    apply(isEnabled());
}

BreakpointMarkers *BreakpointMarkers::of(CodeEditor *editor)
{
    if (auto *existing = editor->findChild<BreakpointMarkers *>(QStringLiteral("breakpointMarkers"),
                                                                 Qt::FindDirectChildrenOnly))
        return existing;
    return new BreakpointMarkers(editor);
}

void BreakpointMarkers::apply(bool enabled)
{
    CodeEditor *e = editor();
    const bool dark = e->appearance().dark;
    const QColor red = dark ? QColor(0xf0, 0x50, 0x50) : QColor(0xd0, 0x20, 0x20);
    e->setMarkerBackgroundColor(red, m_breakpoint);
    e->setMarkerForegroundColor(red, m_breakpoint);
    e->setMarkerBackgroundColor(e->paper(), m_conditional);
    e->setMarkerForegroundColor(red, m_conditional);
    const QColor yellow = dark ? QColor(0xe0, 0xc0, 0x40) : QColor(0xe0, 0xa0, 0x00);
    e->setMarkerBackgroundColor(yellow, m_arrow);
    e->setMarkerForegroundColor(yellow.darker(), m_arrow);
    QColor line = dark ? QColor(0xe0, 0xc0, 0x40) : QColor(0xf0, 0xb0, 0x00);
    line.setAlpha(dark ? 70 : 90);
    e->setIndicatorForegroundColor(line, m_lineIndicator);
    e->setIndicatorOutlineColor(line, m_lineIndicator);
    unsigned bits = (1u << m_breakpoint) | (1u << m_conditional) | (1u << m_arrow);
    const int mask = e->marginMarkerMask(kSymbolMargin);
    e->setMarginMarkerMask(kSymbolMargin, enabled ? int(unsigned(mask) | bits) : int(unsigned(mask) & ~bits));
    if (!enabled) {
        for (int marker : {m_breakpoint, m_conditional, m_arrow})
            e->markerDeleteAll(marker);
        setExecutionLine(0);
        m_conditions.clear();
    }
}

int BreakpointMarkers::handleAt(int line) const
{
    const unsigned markers = editor()->markersAtLine(line - 1);
    if (!(markers & ((1u << m_breakpoint) | (1u << m_conditional))))
        return -1;
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
        if (editor()->markerLine(it.key()) == line - 1)
            return it.key();
    }
    return -1;
}

void BreakpointMarkers::toggle(int line)
{
    if (hasBreakpoint(line))
        removeBreakpoint(line);
    else
        setBreakpoint(line);
}

void BreakpointMarkers::setBreakpoint(int line, const QString &condition)
{
    if (line < 1 || line > editor()->lines())
        return;
    if (const int handle = handleAt(line); handle >= 0) {
        editor()->markerDeleteHandle(handle);
        m_conditions.remove(handle);
    }
    const int handle = editor()->markerAdd(line - 1, condition.trimmed().isEmpty() ? m_breakpoint : m_conditional);
    if (handle < 0)
        return;
    m_conditions.insert(handle, condition.trimmed());
    Q_EMIT breakpointsChanged();
}

void BreakpointMarkers::removeBreakpoint(int line)
{
    const int handle = handleAt(line);
    if (handle < 0)
        return;
    editor()->markerDeleteHandle(handle);
    m_conditions.remove(handle);
    Q_EMIT breakpointsChanged();
}

bool BreakpointMarkers::hasBreakpoint(int line) const
{
    return handleAt(line) >= 0;
}

QString BreakpointMarkers::condition(int line) const
{
    const int handle = handleAt(line);
    return handle >= 0 ? m_conditions.value(handle) : QString();
}

QList<BreakpointMarkers::Breakpoint> BreakpointMarkers::breakpoints() const
{
    QList<Breakpoint> list;
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
        const int line = editor()->markerLine(it.key());
        if (line >= 0) // a deleted line takes its marker with it
            list.append({line + 1, it.value()});
    }
    std::sort(list.begin(), list.end(), [](const Breakpoint &a, const Breakpoint &b) { return a.line < b.line; });
    list.erase(std::unique(list.begin(), list.end(), [](const Breakpoint &a, const Breakpoint &b) { return a.line == b.line; }),
               list.end());
    return list;
}

void BreakpointMarkers::setExecutionLine(int line)
{
    CodeEditor *e = editor();
    e->markerDeleteAll(m_arrow);
    const int last = e->lines() - 1;
    e->clearIndicatorRange(0, 0, last, e->lineLength(last), m_lineIndicator);
    if (line < 1 || line > e->lines())
        return;
    e->markerAdd(line - 1, m_arrow);
    e->fillIndicatorRange(line - 1, 0, line - 1, std::max(0, e->lineLength(line - 1)), m_lineIndicator);
    e->ensureLineVisible(line - 1);
}

int BreakpointMarkers::executionLine() const
{
    const int line = editor()->markerFindNext(0, 1u << m_arrow);
    return line >= 0 ? line + 1 : 0;
}

} // namespace editor
