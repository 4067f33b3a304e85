#include "WindowActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QWidget>

namespace app {

namespace {

struct ActionSpec
{
    const char *name;
    const char *icon; // in :/icons, without ".svg"; null: none
    QList<QKeySequence> keys;
    const char *text;
    const char *tip; // null: the text without "&" and "…"
    bool checkable = false;
    bool statusTip = false; // menu items are read out by their text; the status tip adds what it does
};

#define TEXT(text) QT_TRANSLATE_NOOP("app::WindowActions", text)

const QList<ActionSpec> &specs()
{
    // Built on first use, after QGuiApplication exists: key sequences depend on the platform.
    static const QList<ActionSpec> specs = {
        {"actionNew", "new", {QKeySequence::New}, TEXT("&New"), TEXT("Create an untitled Python file")},
        {"actionOpen", "open", {QKeySequence::Open}, TEXT("&Open…"), TEXT("Open files")},
        {"actionSave", "save", {QKeySequence::Save}, TEXT("&Save"), TEXT("Save the current file")},
        {"actionSaveAs",
         "save-as",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
         TEXT("Save &As…"),
         TEXT("Save the current file under a new name")},
        {"actionClose",
         "close",
         {QKeySequence(Qt::CTRL | Qt::Key_W)},
         TEXT("&Close"),
         TEXT("Close the current file")},
        {"actionQuit", "quit", {QKeySequence(Qt::CTRL | Qt::Key_Q)}, TEXT("&Quit"), TEXT("Quit Code Remote")},
        {"actionUndo", "undo", {QKeySequence::Undo}, TEXT("&Undo"), nullptr},
        {"actionRedo", "redo", {QKeySequence::Redo}, TEXT("&Redo"), nullptr},
        {"actionCut", "cut", {QKeySequence::Cut}, TEXT("Cu&t"), nullptr},
        {"actionCopy", "copy", {QKeySequence::Copy}, TEXT("&Copy"), nullptr},
        {"actionPaste", "paste", {QKeySequence::Paste}, TEXT("&Paste"), nullptr},
        {"actionSelectAll", nullptr, {QKeySequence::SelectAll}, TEXT("Select &All"), nullptr},
        {"actionFind", "find", {QKeySequence::Find}, TEXT("&Find…"), TEXT("Find text in the current file")},
        {"actionReplace",
         "replace",
         {QKeySequence(Qt::CTRL | Qt::Key_H)},
         TEXT("R&eplace…"),
         TEXT("Find and replace text")},
        {"actionFindNext", nullptr, {QKeySequence::FindNext}, TEXT("Find &Next"), nullptr},
        {"actionFindPrevious", nullptr, {QKeySequence::FindPrevious}, TEXT("Find Pre&vious"), nullptr},
        {"actionGoToLine", "goto", {QKeySequence(Qt::CTRL | Qt::Key_G)}, TEXT("&Go to Line…"), nullptr},
        {"actionToggleComment",
         "comment",
         {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
         TEXT("Toggle Co&mment"),
         nullptr},
        {"actionWordWrap", nullptr, {QKeySequence(Qt::ALT | Qt::Key_Z)}, TEXT("&Word Wrap"), nullptr, true},
        {"actionWhitespace",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period)},
         TEXT("Show &Whitespace"),
         nullptr,
         true},
        {"actionZoomIn",
         "zoom-in",
         {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
         TEXT("Zoom &In"),
         nullptr},
        {"actionZoomOut", "zoom-out", {QKeySequence::ZoomOut}, TEXT("Zoom &Out"), nullptr},
        {"actionZoomReset", nullptr, {QKeySequence(Qt::CTRL | Qt::Key_0)}, TEXT("&Reset Zoom"), nullptr},
        {"actionRun", "run", {QKeySequence(Qt::Key_F5)}, TEXT("&Run"), TEXT("Run the current file (F5)")},
        {"actionStop",
         "stop",
         {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
         TEXT("&Stop"),
         TEXT("Stop the running program (Shift+F5)")},
        // No shortcut of its own: Ctrl+D does it in the input line, where the user types.
        {"actionSendEof",
         nullptr,
         {},
         TEXT("Send &End of Input"),
         TEXT("Close the program's standard input (Ctrl+D in the input line)")},
        {"actionAnalyze",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
         TEXT("&Analyze Complexity"),
         TEXT("Estimate the time and space complexity of the current file (Ctrl+Shift+A)"),
         false,
         true},
        {"actionMeasure",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
         TEXT("&Measure Complexity"),
         TEXT("Time the program's function at growing input sizes in the sandbox (Ctrl+Shift+M)"),
         false,
         true},
        {"actionFocusInput",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
         TEXT("Go to &Input Line"),
         nullptr},
        {"actionClearOutput",
         "clear",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
         TEXT("C&lear Output"),
         nullptr},
        {"actionCopyOutput",
         "copy",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
         TEXT("Copy &Output"),
         nullptr},
        {"actionSettings",
         "settings",
         {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
         TEXT("Se&ttings…"),
         TEXT("Settings")},
        {"actionAbout", "about", {QKeySequence(Qt::Key_F1)}, TEXT("&About Code Remote"), nullptr},
    };
    return specs;
}

#undef TEXT

} // namespace

WindowActions::WindowActions(QWidget *window)
    : QObject(window)
{
    for (const ActionSpec &spec : specs()) {
        auto *action = new QAction(window);
        action->setObjectName(QString::fromLatin1(spec.name));
        if (spec.icon)
            action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(spec.icon))));
        action->setShortcuts(spec.keys);
        action->setCheckable(spec.checkable);
        window->addAction(action);
        m_actions.insert(action->objectName(), action);
    }
    retranslate();
}

void WindowActions::retranslate()
{
    for (const ActionSpec &spec : specs()) {
        QAction *action = m_actions.value(QString::fromLatin1(spec.name));
        const QString text = tr(spec.text);
        action->setText(text);
        action->setToolTip(spec.tip ? tr(spec.tip)
                                    : QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        if (spec.statusTip)
            action->setStatusTip(action->toolTip());
    }
}

} // namespace app
