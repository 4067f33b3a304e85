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

// The texts keep the translation context they had when the window made its actions: they are the
// window's commands, and the catalogues translate them there. lupdate reads the literal context and
// text of every QT_TRANSLATE_NOOP (it expands no macro of ours, so they are written out).
constexpr char kContext[] = "app::MainWindow";
const QList<ActionSpec> &specs()
{
    // Built on first use, after QGuiApplication exists: key sequences depend on the platform.
    static const QList<ActionSpec> specs = {
        {"actionNew", "new", {QKeySequence::New}, QT_TRANSLATE_NOOP("app::MainWindow", "&New"), QT_TRANSLATE_NOOP("app::MainWindow", "Create an untitled Python file")},
        {"actionOpen", "open", {QKeySequence::Open}, QT_TRANSLATE_NOOP("app::MainWindow", "&Open…"), QT_TRANSLATE_NOOP("app::MainWindow", "Open files")},
        {"actionSave", "save", {QKeySequence::Save}, QT_TRANSLATE_NOOP("app::MainWindow", "&Save"), QT_TRANSLATE_NOOP("app::MainWindow", "Save the current file")},
        {"actionSaveAs",
         "save-as",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Save &As…"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Save the current file under a new name")},
        {"actionClose",
         "close",
         {QKeySequence(Qt::CTRL | Qt::Key_W)},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Close"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Close the current file")},
        {"actionQuit", "quit", {QKeySequence(Qt::CTRL | Qt::Key_Q)}, QT_TRANSLATE_NOOP("app::MainWindow", "&Quit"), QT_TRANSLATE_NOOP("app::MainWindow", "Quit Code Remote")},
        {"actionUndo", "undo", {QKeySequence::Undo}, QT_TRANSLATE_NOOP("app::MainWindow", "&Undo"), nullptr},
        {"actionRedo", "redo", {QKeySequence::Redo}, QT_TRANSLATE_NOOP("app::MainWindow", "&Redo"), nullptr},
        {"actionCut", "cut", {QKeySequence::Cut}, QT_TRANSLATE_NOOP("app::MainWindow", "Cu&t"), nullptr},
        {"actionCopy", "copy", {QKeySequence::Copy}, QT_TRANSLATE_NOOP("app::MainWindow", "&Copy"), nullptr},
        {"actionPaste", "paste", {QKeySequence::Paste}, QT_TRANSLATE_NOOP("app::MainWindow", "&Paste"), nullptr},
        {"actionSelectAll", nullptr, {QKeySequence::SelectAll}, QT_TRANSLATE_NOOP("app::MainWindow", "Select &All"), nullptr},
        {"actionFind", "find", {QKeySequence::Find}, QT_TRANSLATE_NOOP("app::MainWindow", "&Find…"), QT_TRANSLATE_NOOP("app::MainWindow", "Find text in the current file")},
        {"actionReplace",
         "replace",
         {QKeySequence(Qt::CTRL | Qt::Key_H)},
         QT_TRANSLATE_NOOP("app::MainWindow", "R&eplace…"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Find and replace text")},
        {"actionFindNext", nullptr, {QKeySequence::FindNext}, QT_TRANSLATE_NOOP("app::MainWindow", "Find &Next"), nullptr},
        {"actionFindPrevious", nullptr, {QKeySequence::FindPrevious}, QT_TRANSLATE_NOOP("app::MainWindow", "Find Pre&vious"), nullptr},
        {"actionGoToLine", "goto", {QKeySequence(Qt::CTRL | Qt::Key_G)}, QT_TRANSLATE_NOOP("app::MainWindow", "&Go to Line…"), nullptr},
        {"actionToggleComment",
         "comment",
         {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Toggle Co&mment"),
         nullptr},
        {"actionWordWrap", nullptr, {QKeySequence(Qt::ALT | Qt::Key_Z)}, QT_TRANSLATE_NOOP("app::MainWindow", "&Word Wrap"), nullptr, true},
        {"actionWhitespace",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Show White&space"),
         nullptr,
         true},
        {"actionZoomIn",
         "zoom-in",
         {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Zoom &In"),
         nullptr},
        {"actionZoomOut", "zoom-out", {QKeySequence::ZoomOut}, QT_TRANSLATE_NOOP("app::MainWindow", "Zoom &Out"), nullptr},
        {"actionZoomReset", nullptr, {QKeySequence(Qt::CTRL | Qt::Key_0)}, QT_TRANSLATE_NOOP("app::MainWindow", "&Reset Zoom"), nullptr},
        {"actionRun", "run", {QKeySequence(Qt::Key_F5)}, QT_TRANSLATE_NOOP("app::MainWindow", "&Run"), QT_TRANSLATE_NOOP("app::MainWindow", "Run the current file (F5)")},
        {"actionStop",
         "stop",
         {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Stop"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Stop the running program (Shift+F5)")},
        {"actionDebug",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::Key_F5)},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Debug"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Run the current file in the debugger: it stops at breakpoints (Ctrl+F5)")},
        // The debugging and shell commands sit in the Run menu: each accelerator is unique there in
        // English and in every catalogue (tst_app_translations). F5 is Run's; DebugController gives it
        // to Continue while a program is paused.
        {"actionContinue",
         nullptr,
         {},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Continue"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Continue to the next breakpoint (F5 while paused)")},
        // F6 as in VS Code: the program stops wherever it is, even in a loop with no breakpoint.
        {"actionPause",
         nullptr,
         {QKeySequence(Qt::Key_F6)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Pause Pro&gram"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Pause the program being debugged where it is (F6)")},
        {"actionStepOver",
         nullptr,
         {QKeySequence(Qt::Key_F10)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Step O&ver"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Run the current line, stepping over calls (F10)")},
        {"actionStepInto",
         nullptr,
         {QKeySequence(Qt::Key_F11)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Step In&to"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Run to the next line, into the function called (F11)")},
        {"actionStepOut",
         nullptr,
         {QKeySequence(Qt::SHIFT | Qt::Key_F11)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Step O&ut"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Run until the current function returns (Shift+F11)")},
        {"actionToggleBreakpoint",
         nullptr,
         {QKeySequence(Qt::Key_F9)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Toggle &Breakpoint"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Set or remove a breakpoint on the current line (F9)")},
        {"actionBreakpointCondition",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F9)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Brea&kpoint Condition…"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Stop on the current line only when an expression is true (Ctrl+Shift+F9)")},
        // VS Code's "Uncaught Exceptions" breakpoint: on unless the user turns it off. No accelerator:
        // every letter of it is taken in the Run menu of some language (tst_app_translations).
        {"actionStopOnExceptions",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Stop on Uncaught Exceptions"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Debugging: pause where an uncaught exception is raised, to see its variables (Ctrl+Shift+E)"),
         true},
        {"actionShell",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Python Shell"),
         QT_TRANSLATE_NOOP("app::MainWindow", "A Python prompt in the sandbox that keeps its variables (Ctrl+Shift+P)")},
        {"actionRunInShell",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Run, Then Stay in the S&hell"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Run the current file in the shell, whose prompt then has its variables (Ctrl+Shift+R)")},
        // No shortcut of its own: Ctrl+D does it in the input line, where the user types.
        {"actionSendEof",
         nullptr,
         {},
         QT_TRANSLATE_NOOP("app::MainWindow", "Send &End of Input"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Close the program's standard input (Ctrl+D in the input line)")},
        {"actionAnalyze",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Analyze Complexity"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Estimate the time and space complexity of the current file (Ctrl+Shift+A)"),
         false,
         true},
        {"actionMeasure",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Measure Complexity"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Time the program's function at growing input sizes in the sandbox (Ctrl+Shift+M)"),
         false,
         true},
        {"actionFocusInput",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Go to &Input Line"),
         nullptr},
        {"actionClearOutput",
         "clear",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
         QT_TRANSLATE_NOOP("app::MainWindow", "C&lear Output"),
         nullptr},
        {"actionCopyOutput",
         "copy",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Copy &Output"),
         nullptr},
        {"actionSettings",
         "settings",
         {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Se&ttings…"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Settings")},
        {"actionWelcome",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F1)},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Welcome"),
         QT_TRANSLATE_NOOP("app::MainWindow", "The welcome page: what Code Remote does and example programs")},
        {"actionManual", nullptr, {QKeySequence(Qt::SHIFT | Qt::Key_F1)}, QT_TRANSLATE_NOOP("app::MainWindow", "&Manual"), nullptr},
        {"actionShortcuts",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::Key_F1)},
         QT_TRANSLATE_NOOP("app::MainWindow", "&Keyboard Shortcuts"),
         QT_TRANSLATE_NOOP("app::MainWindow", "Every keyboard shortcut, searchable")},
        {"actionAbout", "about", {QKeySequence(Qt::Key_F1)}, QT_TRANSLATE_NOOP("app::MainWindow", "&About Code Remote"), nullptr},
        {"actionNextTab", nullptr, {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, QT_TRANSLATE_NOOP("app::MainWindow", "Next Tab"), nullptr},
        {"actionPreviousTab",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
         QT_TRANSLATE_NOOP("app::MainWindow", "Previous Tab"),
         nullptr},
    };
    return specs;
}

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
        m_ordered << action;
    }
    retranslate();
}

QStringList WindowActions::names()
{
    QStringList names;
    for (const ActionSpec &spec : specs())
        names << QString::fromLatin1(spec.name);
    return names;
}

void WindowActions::retranslate()
{
    for (const ActionSpec &spec : specs()) {
        QAction *action = m_actions.value(QString::fromLatin1(spec.name));
        const QString text = QCoreApplication::translate(kContext, spec.text);
        action->setText(text);
        action->setToolTip(spec.tip ? QCoreApplication::translate(kContext, spec.tip)
                                    : QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        if (spec.statusTip)
            action->setStatusTip(action->toolTip());
    }
}

} // namespace app
