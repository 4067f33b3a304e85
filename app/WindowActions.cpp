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

// lupdate reads the literal context and text of every QT_TRANSLATE_NOOP (it expands no macro of ours).
const QList<ActionSpec> &specs()
{
    // Built on first use, after QGuiApplication exists: key sequences depend on the platform.
    static const QList<ActionSpec> specs = {
        {"actionNew", "new", {QKeySequence::New}, QT_TRANSLATE_NOOP("app::WindowActions", "&New"), QT_TRANSLATE_NOOP("app::WindowActions", "Create an untitled Python file")},
        {"actionOpen", "open", {QKeySequence::Open}, QT_TRANSLATE_NOOP("app::WindowActions", "&Open…"), QT_TRANSLATE_NOOP("app::WindowActions", "Open files")},
        {"actionSave", "save", {QKeySequence::Save}, QT_TRANSLATE_NOOP("app::WindowActions", "&Save"), QT_TRANSLATE_NOOP("app::WindowActions", "Save the current file")},
        {"actionSaveAs",
         "save-as",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
         QT_TRANSLATE_NOOP("app::WindowActions", "Save &As…"),
         QT_TRANSLATE_NOOP("app::WindowActions", "Save the current file under a new name")},
        {"actionClose",
         "close",
         {QKeySequence(Qt::CTRL | Qt::Key_W)},
         QT_TRANSLATE_NOOP("app::WindowActions", "&Close"),
         QT_TRANSLATE_NOOP("app::WindowActions", "Close the current file")},
        {"actionQuit", "quit", {QKeySequence(Qt::CTRL | Qt::Key_Q)}, QT_TRANSLATE_NOOP("app::WindowActions", "&Quit"), QT_TRANSLATE_NOOP("app::WindowActions", "Quit Code Remote")},
        {"actionUndo", "undo", {QKeySequence::Undo}, QT_TRANSLATE_NOOP("app::WindowActions", "&Undo"), nullptr},
        {"actionRedo", "redo", {QKeySequence::Redo}, QT_TRANSLATE_NOOP("app::WindowActions", "&Redo"), nullptr},
        {"actionCut", "cut", {QKeySequence::Cut}, QT_TRANSLATE_NOOP("app::WindowActions", "Cu&t"), nullptr},
        {"actionCopy", "copy", {QKeySequence::Copy}, QT_TRANSLATE_NOOP("app::WindowActions", "&Copy"), nullptr},
        {"actionPaste", "paste", {QKeySequence::Paste}, QT_TRANSLATE_NOOP("app::WindowActions", "&Paste"), nullptr},
        {"actionSelectAll", nullptr, {QKeySequence::SelectAll}, QT_TRANSLATE_NOOP("app::WindowActions", "Select &All"), nullptr},
        {"actionFind", "find", {QKeySequence::Find}, QT_TRANSLATE_NOOP("app::WindowActions", "&Find…"), QT_TRANSLATE_NOOP("app::WindowActions", "Find text in the current file")},
        {"actionReplace",
         "replace",
         {QKeySequence(Qt::CTRL | Qt::Key_H)},
         QT_TRANSLATE_NOOP("app::WindowActions", "R&eplace…"),
         QT_TRANSLATE_NOOP("app::WindowActions", "Find and replace text")},
        {"actionFindNext", nullptr, {QKeySequence::FindNext}, QT_TRANSLATE_NOOP("app::WindowActions", "Find &Next"), nullptr},
        {"actionFindPrevious", nullptr, {QKeySequence::FindPrevious}, QT_TRANSLATE_NOOP("app::WindowActions", "Find Pre&vious"), nullptr},
        {"actionGoToLine", "goto", {QKeySequence(Qt::CTRL | Qt::Key_G)}, QT_TRANSLATE_NOOP("app::WindowActions", "&Go to Line…"), nullptr},
        {"actionToggleComment",
         "comment",
         {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
         QT_TRANSLATE_NOOP("app::WindowActions", "Toggle Co&mment"),
         nullptr},
        {"actionWordWrap", nullptr, {QKeySequence(Qt::ALT | Qt::Key_Z)}, QT_TRANSLATE_NOOP("app::WindowActions", "&Word Wrap"), nullptr, true},
        {"actionWhitespace",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period)},
         QT_TRANSLATE_NOOP("app::WindowActions", "Show &Whitespace"),
         nullptr,
         true},
        {"actionZoomIn",
         "zoom-in",
         {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
         QT_TRANSLATE_NOOP("app::WindowActions", "Zoom &In"),
         nullptr},
        {"actionZoomOut", "zoom-out", {QKeySequence::ZoomOut}, QT_TRANSLATE_NOOP("app::WindowActions", "Zoom &Out"), nullptr},
        {"actionZoomReset", nullptr, {QKeySequence(Qt::CTRL | Qt::Key_0)}, QT_TRANSLATE_NOOP("app::WindowActions", "&Reset Zoom"), nullptr},
        {"actionRun", "run", {QKeySequence(Qt::Key_F5)}, QT_TRANSLATE_NOOP("app::WindowActions", "&Run"), QT_TRANSLATE_NOOP("app::WindowActions", "Run the current file (F5)")},
        {"actionStop",
         "stop",
         {QKeySequence(Qt::SHIFT | Qt::Key_F5)},
         QT_TRANSLATE_NOOP("app::WindowActions", "&Stop"),
         QT_TRANSLATE_NOOP("app::WindowActions", "Stop the running program (Shift+F5)")},
        // No shortcut of its own: Ctrl+D does it in the input line, where the user types.
        {"actionSendEof",
         nullptr,
         {},
         QT_TRANSLATE_NOOP("app::WindowActions", "Send &End of Input"),
         QT_TRANSLATE_NOOP("app::WindowActions", "Close the program's standard input (Ctrl+D in the input line)")},
        {"actionAnalyze",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
         QT_TRANSLATE_NOOP("app::WindowActions", "&Analyze Complexity"),
         QT_TRANSLATE_NOOP("app::WindowActions", "Estimate the time and space complexity of the current file (Ctrl+Shift+A)"),
         false,
         true},
        {"actionMeasure",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
         QT_TRANSLATE_NOOP("app::WindowActions", "&Measure Complexity"),
         QT_TRANSLATE_NOOP("app::WindowActions", "Time the program's function at growing input sizes in the sandbox (Ctrl+Shift+M)"),
         false,
         true},
        {"actionFocusInput",
         nullptr,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
         QT_TRANSLATE_NOOP("app::WindowActions", "Go to &Input Line"),
         nullptr},
        {"actionClearOutput",
         "clear",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
         QT_TRANSLATE_NOOP("app::WindowActions", "C&lear Output"),
         nullptr},
        {"actionCopyOutput",
         "copy",
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
         QT_TRANSLATE_NOOP("app::WindowActions", "Copy &Output"),
         nullptr},
        {"actionSettings",
         "settings",
         {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
         QT_TRANSLATE_NOOP("app::WindowActions", "Se&ttings…"),
         QT_TRANSLATE_NOOP("app::WindowActions", "Settings")},
        {"actionAbout", "about", {QKeySequence(Qt::Key_F1)}, QT_TRANSLATE_NOOP("app::WindowActions", "&About Code Remote"), nullptr},
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
