#include "ShellDock.h"

#include "ShellController.h"

#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

bool ShellInputLine::event(QEvent *event)
{
    // Tab completes here instead of moving the focus.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Tab) {
        Q_EMIT completionWanted();
        return true;
    }
    return QLineEdit::event(event);
}

void ShellInputLine::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up)
        Q_EMIT historyUp();
    else if (event->key() == Qt::Key_Down)
        Q_EMIT historyDown();
    else
        QLineEdit::keyPressEvent(event);
}

namespace {
// The trailing name (with dots) before the cursor: what completion completes.
QString tokenBefore(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("[A-Za-z_][A-Za-z0-9_.]*$"));
    const QRegularExpressionMatch match = name.match(text);
    return match.hasMatch() ? match.captured() : QString();
}
} // namespace

ShellDock::ShellDock(ShellController *shell, QWidget *parent)
    : QDockWidget(parent)
    , m_shell(shell)
    , m_output(new QTextBrowser)
    , m_prompt(new QLabel)
    , m_input(new ShellInputLine)
    , m_restart(new QToolButton)
    , m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("shellDock"));
    m_output->setObjectName(QStringLiteral("shellOutput"));
    m_input->setObjectName(QStringLiteral("shellInput"));
    m_prompt->setObjectName(QStringLiteral("shellPrompt"));
    m_restart->setObjectName(QStringLiteral("shellRestart"));
    m_output->setOpenLinks(false);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_prompt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_completer = new QCompleter(m_completions, this);
    m_completer->setWidget(m_input);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_output, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_prompt);
    row->addWidget(m_input, 1);
    row->addWidget(m_restart);
    layout->addLayout(row);
    setWidget(content);

    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString line = m_input->text();
        m_input->clear();
        m_shell->submit(line);
    });
    connect(m_input, &ShellInputLine::historyUp, this, [this] { m_input->setText(m_shell->history().previous(m_input->text())); });
    connect(m_input, &ShellInputLine::historyDown, this, [this] { m_input->setText(m_shell->history().next()); });
    connect(m_input, &ShellInputLine::completionWanted, this, [this] {
        m_completedToken = tokenBefore(m_input->text().left(m_input->cursorPosition()));
        if (!m_completedToken.isEmpty())
            m_shell->complete(m_completedToken);
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ShellDock::applyCompletion);
    connect(m_restart, &QToolButton::clicked, this, &ShellDock::restartRequested);
    connect(m_output, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("line"))
            Q_EMIT programLineClicked(url.path().toInt());
    });
    connect(shell, &ShellController::output, this, &ShellDock::append);
    connect(shell, &ShellController::promptChanged, m_prompt, &QLabel::setText);
    connect(shell, &ShellController::completions, this, &ShellDock::showCompletions);
    connect(shell, &ShellController::ended, this, [this](const QString &message) { append(message + QLatin1Char('\n'), false); });
    retranslate();
}

void ShellDock::retranslate()
{
    setWindowTitle(tr("Shell"));
    m_output->setAccessibleName(tr("Shell output"));
    m_input->setAccessibleName(tr("Shell input"));
    m_input->setPlaceholderText(tr("Python (Enter runs, Tab completes, Up/Down: history)"));
    m_restart->setText(tr("Restart"));
    m_restart->setToolTip(tr("A new interpreter: the shell forgets its variables. Idle shells end after %n minutes.",
                             nullptr, int(m_shell->idleMinutes())));
}

void ShellDock::append(const QString &text, bool isError)
{
    // Tracebacks name the program as main.py (or /work/main.py): those lines link to the editor.
    static const QRegularExpression location(QStringLiteral("File \"(?:/work/)?main\\.py\", line (\\d+)"));
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat plain;
    if (isError)
        plain.setForeground(QColor(0xc0, 0x20, 0x20));
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = location.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        cursor.insertText(text.mid(from, match.capturedStart() - from), plain);
        QTextCharFormat link = plain;
        link.setAnchor(true);
        link.setAnchorHref(QStringLiteral("line:%1").arg(match.captured(1)));
        link.setFontUnderline(true);
        cursor.insertText(match.captured(), link);
        from = match.capturedEnd();
    }
    cursor.insertText(text.mid(from), plain);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void ShellDock::applyCompletion(const QString &choice)
{
    const int cursor = m_input->cursorPosition();
    const int start = cursor - int(m_completedToken.size());
    if (start < 0 || m_input->text().mid(start, m_completedToken.size()) != m_completedToken)
        return;
    QString text = m_input->text();
    text.replace(start, m_completedToken.size(), choice);
    m_input->setText(text);
    m_input->setCursorPosition(start + int(choice.size()));
}

void ShellDock::showCompletions(const QString &text, const QStringList &items)
{
    if (text != m_completedToken || items.isEmpty())
        return;
    if (items.size() == 1) {
        applyCompletion(items.first());
        return;
    }
    m_completions->setStringList(items);
    m_completer->complete();
}

} // namespace app
