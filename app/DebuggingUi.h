#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;

namespace editor {
class CodeEditor;
}

namespace app {

class AppSettings;
class DebugController;
class DebugDock;
class EditorTabs;
class RunController;
class RunPresenter;
class ShellController;
class ShellDock;
class TargetSessionFactory;
class VariablesModel;
class WindowActions;

// The debugger and the shell of a window (issue 16), made and wired in one place so that the window
// only creates this: the Debugger and Shell docks, their controllers, and the Debug menu.
class DebuggingUi : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        AppSettings *settings = nullptr;
        RunController *run = nullptr;
        RunPresenter *presenter = nullptr;
        TargetSessionFactory *sessions = nullptr;
        EditorTabs *tabs = nullptr;
        WindowActions *actions = nullptr;
    };
    DebuggingUi(QMainWindow *window, const Parts &parts);

    DebugController *debugger() const { return m_debugger; }
    DebugDock *debugDock() const { return m_debugDock; }
    VariablesModel *variables() const { return m_variables; }
    ShellController *shell() const { return m_shell; }
    ShellDock *shellDock() const { return m_shellDock; }
    // The menu holding the debugging commands (the Run menu).
    QMenu *menu() const { return m_menu; }

    // Where the shell keeps its history between runs of the IDE.
    static QString historyFile();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void showShell();
    void runInShell();

    QMainWindow *m_window;
    Parts m_parts;
    VariablesModel *m_variables;
    DebugDock *m_debugDock;
    DebugController *m_debugger;
    ShellController *m_shell;
    ShellDock *m_shellDock;
    // The Run menu, which holds the debugging commands.
    QMenu *m_menu = nullptr;
    // The editor whose program the shell ran last: its traceback lines link there.
    QPointer<editor::CodeEditor> m_shellEditor;
};

} // namespace app
