#pragma once

#include "InputHistory.h"
#include "OutputModel.h"

#include <memory>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace app {

class Console;
class OutputLineParser;

// The read-only text of the output; clicking a reference to a source line (a traceback's
// `File "...", line N`, as the run's language parser finds it) reports it.
class OutputView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit OutputView(QWidget *parent = nullptr);
    void setLinkParser(std::shared_ptr<const OutputLineParser> parser) { m_linkParser = std::move(parser); }

Q_SIGNALS:
    void tracebackActivated(const QString &file, int line);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    bool linkAt(const QPoint &position, QString *file, int *line) const;

    std::shared_ptr<const OutputLineParser> m_linkParser;
};

// The program's standard input: Enter sends the line, Ctrl+D ends the input, Up/Down recall lines.
class InputLine : public QLineEdit
{
    Q_OBJECT
public:
    explicit InputLine(QWidget *parent = nullptr);
    const InputHistory &history() const { return m_history; }

Q_SIGNALS:
    void lineSubmitted(const QString &line);
    void endOfInput();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    InputHistory m_history;
};

// Output of the current run: streamed text in per-channel colours, a notice when only the tail is
// kept, copy and clear. The program's input is typed in the output itself (a Console), or, as an
// option, in a separate input line below it. Appends are batched on a short timer so a program printing
// hundreds of thousands of lines costs a bounded amount of work per frame.
class OutputPane : public QWidget
{
    Q_OBJECT
public:
    explicit OutputPane(QWidget *parent = nullptr);

    void beginRun(const QString &title);
    // What finds links in standard error from now on: the run's language parser (null: no links).
    void setLinkParser(std::shared_ptr<const OutputLineParser> parser);
    void appendOutput(OutputKind kind, const QString &text);
    void finishRun(const QString &statusLine);
    void setInputEnabled(bool enabled);
    void focusInput();
    // Run ▸ Send End of Input: as Ctrl+D where the user types.
    void endInput();
    // Input typed in a separate line instead of the console (the user's choice, kept in the settings).
    void setSeparateInputLine(bool separate);
    bool hasSeparateInputLine() const { return m_separateInputLine; }
    // Recolours the text already shown too: each piece keeps its role, not its colour.
    void setDark(bool dark);
    void setTextFont(const QFont &font);
    // Points added to the text font's size, the editors' zoom level.
    void setZoom(int level);
    void clear();
    void copyAll();

    // Shows everything still waiting now (tests and the benchmark call this; normally the timer does).
    void flush();
    // Lines shown per timer tick: bounds the time one tick blocks the event loop.
    static constexpr int kLinesPerFlush = 1000;
    QString text() const;
    const OutputModel &model() const { return m_model; }
    OutputView *view() const { return m_view; }
    InputLine *inputLine() const { return m_input; }
    Console *console() const { return m_console; }
    QLabel *consoleHint() const { return m_consoleHint; }
    QToolButton *inputLineToggle() const { return m_inputLineToggle; }
    QLabel *notice() const { return m_notice; }
    // Batching interval: short enough to feel live, long enough to coalesce a flood of chunks.
    static constexpr int kFlushIntervalMs = 30;

Q_SIGNALS:
    void lineSubmitted(const QString &line);
    void endOfInput();
    void tracebackActivated(const QString &file, int line);
    // The user switched between the console and the separate input line.
    void separateInputLineToggled(bool separate);
    // Keys typed in the console while it takes no input (no program runs, or its input ended).
    void typingRefused();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateNotice();
    void flushBatch();
    void insert(const QList<OutputSegment> &segments);
    void recolour();
    void applyFont();
    void echoInput(const QString &line);
    void inputEnded();
    void updateInputWidgets();

    OutputModel m_model;
    OutputView *m_view;
    InputLine *m_input;
    QLabel *m_notice;
    QLabel *m_inputLabel;
    Console *m_console;
    QLabel *m_consoleHint;
    QToolButton *m_inputLineToggle;
    QToolButton *m_copyButton;
    QToolButton *m_clearButton;
    QTimer m_flushTimer;
    std::shared_ptr<const OutputLineParser> m_linkParser;
    bool m_dark = false;
    QFont m_font;
    int m_zoom = 0;
    bool m_inputEnabled = false; // a run is going
    bool m_inputEnded = false;   // ...and its input was ended with Ctrl+D
    bool m_separateInputLine = false;
};

} // namespace app
