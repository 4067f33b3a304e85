#pragma once

#include <QList>
#include <QString>

namespace app {

enum class OutputKind { Stdout, Stderr, Input, Status };

struct OutputSegment
{
    OutputKind kind;
    QString text;
};

// What the output pane will show, kept apart from the widget so it can be tested and so a flood of
// output costs bounded work: text waits here until the pane's next timed flush, and only the last
// `maxLines` lines can ever be waiting. Lines pushed out before display are counted, not kept.
class OutputModel
{
public:
    explicit OutputModel(int maxLines = 5000);

    int maxLines() const { return m_maxLines; }
    void append(OutputKind kind, const QString &text);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // What is waiting, oldest first, with adjacent segments of one kind merged; at most `maxLines`
    // complete lines (plus nothing of the line after them), or everything when maxLines <= 0.
    QList<OutputSegment> takePending(int maxLines = 0);

    // Every line the run produced, shown or not (a final line without newline counts).
    qint64 totalLines() const { return m_totalLines + (m_openLine ? 1 : 0); }
    // Lines that are not on screen because the pane keeps only the last maxLines().
    qint64 hiddenLines() const;
    void clear();

private:
    void trimPending();

    int m_maxLines;
    QList<OutputSegment> m_pending;
    qint64 m_pendingLines = 0;
    qint64 m_totalLines = 0;
    bool m_openLine = false;
};

} // namespace app
