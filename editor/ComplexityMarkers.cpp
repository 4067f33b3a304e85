#include "ComplexityMarkers.h"

#include "CodeEditor.h"
#include "EditorFeatures.h"

#include <QToolTip>

namespace editor {

namespace {
constexpr int kSymbolMargin = 1; // shared with ErrorMarkers
} // namespace

ComplexityMarkers::ComplexityMarkers(CodeEditor *editor)
    : EditorFeature(editor)
{
    m_marker = editor->markerDefine(QsciScintilla::LeftRectangle);
    connect(editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_loops.isEmpty())
            clear();
    });
    connect(editor, &QsciScintillaBase::SCN_DWELLSTART, this, &ComplexityMarkers::onDwellStart);
}

void ComplexityMarkers::apply(bool enabled)
{
    CodeEditor *e = editor();
    // Amber: "costly", and distinct from the red of error markers in both themes.
    const QColor colour = e->appearance().dark ? QColor(0xf0, 0xa0, 0x3c) : QColor(0xd9, 0x7a, 0x00);
    e->setMarkerBackgroundColor(colour, m_marker);
    e->setMarkerForegroundColor(colour, m_marker);
    const unsigned bit = 1u << m_marker;
    const int mask = e->marginMarkerMask(kSymbolMargin);
    e->setMarginMarkerMask(kSymbolMargin, enabled ? int(unsigned(mask) | bit) : int(unsigned(mask) & ~bit));
    if (!enabled)
        e->markerDeleteAll(m_marker);
    else
        setLoops(m_loops);
}

void ComplexityMarkers::setLoops(const QList<Loop> &loops)
{
    CodeEditor *e = editor();
    e->markerDeleteAll(m_marker);
    m_loops = loops;
    if (!isEnabled())
        return;
    const int last = e->lines();
    for (const Loop &loop : loops) {
        for (int line = std::max(1, loop.startLine); line <= std::min(loop.endLine, last); ++line)
            e->markerAdd(line - 1, m_marker);
    }
}

void ComplexityMarkers::clear()
{
    editor()->markerDeleteAll(m_marker);
    m_loops.clear();
}

QList<int> ComplexityMarkers::markedLines() const
{
    QList<int> lines;
    const unsigned bit = 1u << m_marker;
    for (int line = editor()->markerFindNext(0, bit); line >= 0;
         line = editor()->markerFindNext(line + 1, bit))
        lines << line + 1;
    return lines;
}

QString ComplexityMarkers::toolTipAt(int line) const
{
    // Nested loops overlap; the innermost (shortest) one covering the line describes it best.
    const Loop *best = nullptr;
    for (const Loop &loop : m_loops) {
        if (line >= loop.startLine && line <= loop.endLine &&
            (!best || loop.endLine - loop.startLine < best->endLine - best->startLine))
            best = &loop;
    }
    return best ? tr("%1 loop").arg(best->cost) : QString();
}

void ComplexityMarkers::onDwellStart(int position, int x, int y)
{
    if (!isEnabled() || m_loops.isEmpty())
        return;
    CodeEditor *e = editor();
    const int margins = e->marginWidth(0) + e->marginWidth(1) + e->marginWidth(2);
    // Over the margin Scintilla reports no position: take the line under the point.
    const long pos = position >= 0 ? position
                                   : e->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMPOINT,
                                                      (unsigned long)std::max(0, margins), long(y));
    const int line = int(e->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, (unsigned long)pos)) + 1;
    // An error on the same line says more than its cost; ErrorMarkers shows that one.
    if (!e->errorMarkers()->messageAt(line).isEmpty())
        return;
    const QString tip = toolTipAt(line);
    if (!tip.isEmpty())
        QToolTip::showText(e->viewport()->mapToGlobal(QPoint(x, y)), tip, e->viewport());
}

} // namespace editor
