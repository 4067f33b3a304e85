#include "OutputModel.h"

namespace app {

OutputModel::OutputModel(int maxLines)
    : m_maxLines(std::max(10, maxLines))
{
}

void OutputModel::append(OutputKind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    const qint64 newlines = text.count(QLatin1Char('\n'));
    m_totalLines += newlines;
    m_openLine = !text.endsWith(QLatin1Char('\n'));
    m_pendingLines += newlines;
    if (!m_pending.isEmpty() && m_pending.last().kind == kind)
        m_pending.last().text += text;
    else
        m_pending.append({kind, text});
    if (m_pendingLines > m_maxLines)
        trimPending();
}

void OutputModel::trimPending()
{
    // Drop the oldest waiting lines: they would scroll out of the pane's tail before anyone saw them.
    qint64 excess = m_pendingLines - m_maxLines;
    while (excess > 0 && !m_pending.isEmpty()) {
        QString &text = m_pending.first().text;
        qsizetype cut = 0;
        qint64 removed = 0;
        while (removed < excess) {
            const qsizetype newline = text.indexOf(QLatin1Char('\n'), cut);
            if (newline < 0)
                break;
            cut = newline + 1;
            ++removed;
        }
        // A segment with fewer lines than the excess goes whole, with its unfinished last line.
        if (removed < excess || cut >= text.size())
            m_pending.removeFirst();
        else
            text.remove(0, cut);
        excess -= removed;
        m_pendingLines -= removed;
    }
}

QList<OutputSegment> OutputModel::takePending(int maxLines)
{
    QList<OutputSegment> result;
    if (maxLines <= 0 || m_pendingLines <= maxLines) {
        result.swap(m_pending);
        m_pendingLines = 0;
        return result;
    }
    qint64 budget = maxLines;
    while (budget > 0 && !m_pending.isEmpty()) {
        OutputSegment &front = m_pending.first();
        const qint64 lines = front.text.count(QLatin1Char('\n'));
        if (lines <= budget) {
            result.append(front);
            m_pending.removeFirst();
            budget -= lines;
            m_pendingLines -= lines;
            continue;
        }
        // Split the segment after its budget-th newline.
        qsizetype cut = -1;
        for (qint64 i = 0; i < budget; ++i)
            cut = front.text.indexOf(QLatin1Char('\n'), cut + 1);
        result.append({front.kind, front.text.left(cut + 1)});
        front.text.remove(0, cut + 1);
        m_pendingLines -= budget;
        budget = 0;
    }
    return result;
}

qint64 OutputModel::hiddenLines() const
{
    return std::max<qint64>(0, totalLines() - m_maxLines);
}

void OutputModel::clear()
{
    m_pending.clear();
    m_pendingLines = 0;
    m_totalLines = 0;
    m_openLine = false;
}

} // namespace app
