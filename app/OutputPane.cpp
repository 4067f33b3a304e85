#include "OutputPane.h"

#include "Console.h"
#include "OutputLineParser.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

namespace {
// The role of a piece of output, kept in its character format so a theme change can recolour it.
constexpr int kRoleProperty = QTextFormat::UserProperty + 1;

QTextCharFormat roleFormat(Theme::TextRole role, bool dark)
{
    QTextCharFormat format;
    format.setProperty(kRoleProperty, int(role));
    format.setForeground(Theme::textColor(role, dark));
    return format;
}

// What the user typed, as it is typed in the console and once sent: one colour for both, kept as a
// role like the rest of the output so that a theme change recolours the transcript too.
QTextCharFormat inputFormat(bool dark)
{
    QTextCharFormat format = roleFormat(Theme::TextRole::Input, dark);
    format.setFontWeight(QFont::Bold);
    return format;
}
} // namespace

OutputView::OutputView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    viewport()->setMouseTracking(true);
}

bool OutputView::linkAt(const QPoint &position, QString *file, int *line) const
{
    if (!m_linkParser)
        return false;
    const QTextCursor cursor = cursorForPosition(position);
    const QTextBlock block = cursor.block();
    const auto link = m_linkParser->linkInLine(block.text());
    if (!link)
        return false;
    const int column = cursor.positionInBlock();
    if (column < link->start || column > link->start + link->length)
        return false;
    *file = link->location.file;
    *line = link->location.line;
    return true;
}

void OutputView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A drag that selected text is not a click on a link.
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    QString file;
    int line = 0;
    if (linkAt(event->position().toPoint(), &file, &line))
        Q_EMIT tracebackActivated(file, line);
}

void OutputView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    QString file;
    int line = 0;
    viewport()->setCursor(linkAt(event->position().toPoint(), &file, &line) ? Qt::PointingHandCursor
                                                                           : Qt::IBeamCursor);
}

InputLine::InputLine(QWidget *parent)
    : QLineEdit(parent)
{
}

void InputLine::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString line = text();
        m_history.add(line);
        clear();
        Q_EMIT lineSubmitted(line);
        return;
    }
    if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
        Q_EMIT endOfInput();
        return;
    }
    if (event->key() == Qt::Key_Up) {
        setText(m_history.previous(text()));
        return;
    }
    if (event->key() == Qt::Key_Down) {
        setText(m_history.next());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

OutputPane::OutputPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new OutputView(this))
    , m_input(new InputLine(this))
    , m_notice(new QLabel(this))
    , m_inputLabel(new QLabel(this))
    , m_console(new Console(m_view))
    , m_consoleHint(new QLabel(this))
    , m_inputLineToggle(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
{
    m_view->setMaximumBlockCount(m_model.maxLines() + 1);
    m_view->setObjectName(QStringLiteral("outputView"));
    m_input->setObjectName(QStringLiteral("inputLine"));
    m_notice->setObjectName(QStringLiteral("outputNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_copyButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_clearButton->setIcon(QIcon(QStringLiteral(":/icons/clear.svg")));
    m_inputLabel->setBuddy(m_input);
    m_input->setEnabled(false);
    m_consoleHint->setObjectName(QStringLiteral("consoleHint"));
    // A long hint (or a long translation of it) is cut, never a reason for the pane to grow wider.
    m_consoleHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_inputLineToggle->setObjectName(QStringLiteral("inputLineToggle"));
    m_inputLineToggle->setCheckable(true);
    m_console->setInputFormat(inputFormat(m_dark));

    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->addWidget(m_inputLabel);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_consoleHint, 1);
    inputRow->addWidget(m_inputLineToggle);
    inputRow->addWidget(m_copyButton);
    inputRow->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(inputRow);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &OutputPane::flushBatch);
    connect(m_input, &InputLine::lineSubmitted, this, &OutputPane::echoInput);
    connect(m_console, &Console::lineSubmitted, this, &OutputPane::echoInput);
    connect(m_input, &InputLine::endOfInput, this, &OutputPane::inputEnded);
    connect(m_console, &Console::endOfInput, this, &OutputPane::inputEnded);
    connect(m_console, &Console::typingRefused, this, &OutputPane::typingRefused);
    connect(m_inputLineToggle, &QToolButton::toggled, this, [this](bool separate) {
        setSeparateInputLine(separate);
        Q_EMIT separateInputLineToggled(separate);
        focusInput();
    });
    connect(m_view, &OutputView::tracebackActivated, this, &OutputPane::tracebackActivated);
    connect(m_copyButton, &QToolButton::clicked, this, &OutputPane::copyAll);
    connect(m_clearButton, &QToolButton::clicked, this, &OutputPane::clear);
    retranslate();
}

void OutputPane::retranslate()
{
    m_view->setAccessibleName(tr("Program output"));
    m_input->setAccessibleName(tr("Program input"));
    m_input->setPlaceholderText(tr("Input for the running program (Enter sends, Ctrl+D ends input)"));
    m_inputLabel->setText(tr("&Input:"));
    m_inputLineToggle->setText(tr("Input line"));
    m_inputLineToggle->setToolTip(tr("Type the program's input in a separate line instead of in the output"));
    m_inputLineToggle->setAccessibleName(tr("Separate input line"));
    updateInputWidgets();
    m_copyButton->setToolTip(tr("Copy all output"));
    m_copyButton->setAccessibleName(tr("Copy output"));
    m_clearButton->setToolTip(tr("Clear output"));
    m_clearButton->setAccessibleName(tr("Clear output"));
    m_notice->setAccessibleName(tr("Output notice"));
    updateNotice();
}

void OutputPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OutputPane::beginRun(const QString &title)
{
    clear();
    appendOutput(OutputKind::Status, title + QLatin1Char('\n'));
}

void OutputPane::setLinkParser(std::shared_ptr<const OutputLineParser> parser)
{
    m_linkParser = parser;
    m_view->setLinkParser(std::move(parser));
}

void OutputPane::appendOutput(OutputKind kind, const QString &text)
{
    m_model.append(kind, text);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void OutputPane::finishRun(const QString &statusLine)
{
    // Typed text that was never sent goes first: the program it was for has ended.
    setInputEnabled(false);
    // Status on its own line even when the program's last line had no newline.
    QString line = statusLine + QLatin1Char('\n');
    const QString shown = m_view->document()->lastBlock().text();
    if (!shown.isEmpty() || m_model.hasPending())
        line.prepend(QLatin1Char('\n'));
    appendOutput(OutputKind::Status, line);
}

void OutputPane::setInputEnabled(bool enabled)
{
    m_inputEnabled = enabled;
    m_inputEnded = false;
    updateInputWidgets();
}

void OutputPane::setSeparateInputLine(bool separate)
{
    m_separateInputLine = separate;
    const QSignalBlocker blocker(m_inputLineToggle);
    m_inputLineToggle->setChecked(separate);
    updateInputWidgets();
}

void OutputPane::updateInputWidgets()
{
    const bool open = m_inputEnabled && !m_inputEnded;
    m_input->setEnabled(open);
    m_input->setVisible(m_separateInputLine);
    m_inputLabel->setVisible(m_separateInputLine);
    m_consoleHint->setVisible(!m_separateInputLine);
    m_console->setAccepting(open && !m_separateInputLine);
    // The console says whether it takes typing, so keys that go nowhere are not a mystery.
    if (open)
        m_consoleHint->setText(tr("Type in the output: Enter sends the line, Ctrl+D ends the input, Up/Down recall lines"));
    else if (m_inputEnabled)
        m_consoleHint->setText(tr("The program's input has ended (Ctrl+D)."));
    else
        m_consoleHint->setText(tr("No program is running: the output is read-only."));
    m_consoleHint->setToolTip(m_consoleHint->text());
}

void OutputPane::echoInput(const QString &line)
{
    appendOutput(OutputKind::Input, line + QLatin1Char('\n'));
    // Shown at once, after the output that came before it: the typed text just left the document.
    flush();
    Q_EMIT lineSubmitted(line);
}

void OutputPane::endInput()
{
    if (!m_separateInputLine && m_console->isAccepting())
        m_console->endInput(); // sends what is typed first; inputEnded() follows
    else
        inputEnded();
}

void OutputPane::inputEnded()
{
    m_inputEnded = true;
    updateInputWidgets();
    Q_EMIT endOfInput();
}

void OutputPane::focusInput()
{
    if (m_separateInputLine) {
        if (m_input->isEnabled())
            m_input->setFocus(Qt::OtherFocusReason);
    } else if (m_console->isAccepting()) {
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

void OutputPane::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    flush();
    recolour();
    m_console->setInputFormat(inputFormat(dark));
}

void OutputPane::recolour()
{
    QTextCursor cursor(m_view->document());
    cursor.beginEditBlock();
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QVariant role = fragment.charFormat().property(kRoleProperty);
            if (!role.isValid())
                continue;
            QTextCharFormat colour;
            colour.setForeground(Theme::textColor(Theme::TextRole(role.toInt()), m_dark));
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(colour);
        }
    }
    cursor.endEditBlock();
}

void OutputPane::setTextFont(const QFont &font)
{
    // Program output is usually aligned in columns: show it in the editor's fixed-width font.
    m_font = font;
    applyFont();
}

void OutputPane::setZoom(int level)
{
    m_zoom = level;
    applyFont();
}

void OutputPane::applyFont()
{
    QFont font = m_font;
    // Scintilla's zoom adds points to every style's size; the pane follows the same rule.
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::max(4.0, font.pointSizeF() + m_zoom));
    m_view->setFont(font);
}

void OutputPane::clear()
{
    m_flushTimer.stop();
    m_model.clear();
    m_view->clear();
    m_console->documentCleared();
    updateNotice();
}

void OutputPane::copyAll()
{
    flush();
    QApplication::clipboard()->setText(m_view->toPlainText());
}

QString OutputPane::text() const
{
    return m_view->toPlainText();
}

void OutputPane::updateNotice()
{
    const qint64 hidden = m_model.hiddenLines();
    m_notice->setVisible(hidden > 0);
    if (hidden > 0)
        m_notice->setText(tr("Long output: showing the last %1 of %2 lines.")
                              .arg(QLocale().toString(m_model.maxLines()), QLocale().toString(m_model.totalLines())));
}

void OutputPane::flush()
{
    m_flushTimer.stop();
    while (m_model.hasPending())
        insert(m_model.takePending(kLinesPerFlush));
}

void OutputPane::flushBatch()
{
    insert(m_model.takePending(kLinesPerFlush));
    // More waiting: come back soon, but let input and painting run in between.
    if (m_model.hasPending())
        m_flushTimer.start(1);
    else
        m_flushTimer.setInterval(kFlushIntervalMs);
}

void OutputPane::insert(const QList<OutputSegment> &segments)
{
    if (segments.isEmpty())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    // Follow the output only if the user has not scrolled up to read something.
    const bool follow = bar->value() >= bar->maximum() - 2;

    const QTextCharFormat stdoutFormat = roleFormat(Theme::TextRole::Output, m_dark);
    const QTextCharFormat stderrFormat = roleFormat(Theme::TextRole::Error, m_dark);
    const QTextCharFormat typedFormat = inputFormat(m_dark);
    QTextCharFormat statusFormat = roleFormat(Theme::TextRole::Status, m_dark);
    statusFormat.setFontItalic(true);
    QTextCharFormat linkFormat = roleFormat(Theme::TextRole::Link, m_dark);
    linkFormat.setFontUnderline(true);

    // Before what the user is typing in the console: new output never splits a half-typed line.
    QTextCursor cursor(m_view->document());
    cursor.setPosition(m_console->outputPosition());
    cursor.beginEditBlock();
    for (const OutputSegment &segment : segments) {
        switch (segment.kind) {
        case OutputKind::Stdout:
            cursor.insertText(segment.text, stdoutFormat);
            break;
        case OutputKind::Input:
            cursor.insertText(segment.text, typedFormat);
            break;
        case OutputKind::Status:
            cursor.insertText(segment.text, statusFormat);
            break;
        case OutputKind::Stderr: {
            // Only lines that carry a file reference are split; the rest go in as one insert.
            if (!m_linkParser || !m_linkParser->mayContainLinks(segment.text)) {
                cursor.insertText(segment.text, stderrFormat);
                break;
            }
            qsizetype from = 0;
            while (from < segment.text.size()) {
                qsizetype end = segment.text.indexOf(QLatin1Char('\n'), from);
                end = end < 0 ? segment.text.size() : end + 1;
                const QStringView line = QStringView(segment.text).mid(from, end - from);
                if (const auto link = m_linkParser->linkInLine(line)) {
                    cursor.insertText(line.left(link->start).toString(), stderrFormat);
                    cursor.insertText(line.mid(link->start, link->length).toString(), linkFormat);
                    cursor.insertText(line.mid(link->start + link->length).toString(), stderrFormat);
                } else {
                    cursor.insertText(line.toString(), stderrFormat);
                }
                from = end;
            }
            break;
        }
        }
    }
    cursor.endEditBlock();
    if (follow)
        bar->setValue(bar->maximum());
    updateNotice();
}

} // namespace app
