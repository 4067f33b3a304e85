#pragma once

#include <QObject>

class QMainWindow;
class QMenu;
class QToolBar;

namespace app {

class AppSettings;
class NewProgramMenu;
class RecentFilesMenu;
class RunTargetSwitch;
class WindowActions;

// Where the main window's commands appear: the menu bar (File, Edit, View, Run, Help) and the main
// toolbar, laid out from WindowActions and the run target switch. What a command does stays the
// window's to connect; the two submenus that choose something (a recent file, a starter program) are
// exposed so the window connects them to the documents.
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    WindowMenus(QMainWindow *window, WindowActions *actions, AppSettings *settings, RunTargetSwitch *targetSwitch);

    QMenu *viewMenu() const { return m_viewMenu; }
    RecentFilesMenu *recentMenu() const { return m_recentMenu; }
    NewProgramMenu *newProgramMenu() const { return m_newProgramMenu; }

    // Menu titles and the toolbar's name in the current interface language.
    void retranslate();

private:
    QMainWindow *m_window;
    QMenu *m_fileMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    NewProgramMenu *m_newProgramMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
};

} // namespace app
