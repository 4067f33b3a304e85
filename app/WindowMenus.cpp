#include "WindowMenus.h"

#include "NewProgramMenu.h"
#include "RecentFilesMenu.h"
#include "RunTargetSwitch.h"
#include "WindowActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace app {

WindowMenus::WindowMenus(QMainWindow *window, WindowActions *actions, AppSettings *settings,
                         RunTargetSwitch *targetSwitch)
    : QObject(window)
    , m_window(window)
{
    const auto a = [actions](const char *name) {
        return actions->action(name);
    };
    QMenuBar *menuBar = window->menuBar();
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->addAction(a("actionNew"));
    m_newProgramMenu = new NewProgramMenu(m_fileMenu);
    m_fileMenu->addMenu(m_newProgramMenu);
    m_fileMenu->addAction(a("actionOpen"));
    m_recentMenu = new RecentFilesMenu(settings, m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({a("actionSave"), a("actionSaveAs"), a("actionClose")});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("actionSettings"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("actionQuit"));

    m_editMenu = menuBar->addMenu(QString());
    m_editMenu->addActions({a("actionUndo"), a("actionRedo")});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a("actionCut"), a("actionCopy"), a("actionPaste"), a("actionSelectAll")});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a("actionFind"), a("actionReplace"), a("actionFindNext"), a("actionFindPrevious"),
                            a("actionGoToLine")});
    m_editMenu->addSeparator();
    m_editMenu->addAction(a("actionToggleComment"));

    m_viewMenu = menuBar->addMenu(QString());
    m_viewMenu->addActions({a("actionWordWrap"), a("actionWhitespace")});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a("actionZoomIn"), a("actionZoomOut"), a("actionZoomReset")});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a("actionNextTab"), a("actionPreviousTab")});
    m_viewMenu->addSeparator();

    m_runMenu = menuBar->addMenu(QString());
    m_runMenu->addActions({a("actionRun"), a("actionStop")});
    m_runMenu->addMenu(targetSwitch->menu());
    // Shortcuts work even when the menu bar is hidden.
    window->addActions(
        {targetSwitch->localAction(), targetSwitch->remoteAction(), targetSwitch->serverSettingsAction()});
    m_runMenu->addSeparator();
    m_runMenu->addActions({a("actionAnalyze"), a("actionMeasure")});
    m_runMenu->addSeparator();
    m_runMenu->addActions({a("actionFocusInput"), a("actionSendEof"), a("actionCopyOutput"), a("actionClearOutput")});

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->addActions({a("actionWelcome"), a("actionManual"), a("actionShortcuts")});
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(a("actionAbout"));

    m_toolbar = window->addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->setMovable(false);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->addActions({a("actionNew"), a("actionOpen"), a("actionSave")});
    m_toolbar->addSeparator();
    m_toolbar->addActions({a("actionRun"), a("actionStop")});
    m_toolbar->addWidget(targetSwitch->button());
    m_toolbar->addSeparator();
    m_toolbar->addActions({a("actionFind"), a("actionSettings")});
}

void WindowMenus::retranslate()
{
    // The titles keep the translation context they had when the window made its menus, as WindowActions'
    // texts do: the catalogues translate them there (lupdate reads translate()'s literal context).
    m_fileMenu->setTitle(QCoreApplication::translate("app::MainWindow", "&File"));
    m_recentMenu->setTitle(QCoreApplication::translate("app::MainWindow", "Open &Recent"));
    m_newProgramMenu->retranslate();
    m_editMenu->setTitle(QCoreApplication::translate("app::MainWindow", "&Edit"));
    m_viewMenu->setTitle(QCoreApplication::translate("app::MainWindow", "&View"));
    m_runMenu->setTitle(QCoreApplication::translate("app::MainWindow", "&Run"));
    m_helpMenu->setTitle(QCoreApplication::translate("app::MainWindow", "&Help"));
    m_window->menuBar()->setAccessibleName(QCoreApplication::translate("app::MainWindow", "Main menu"));
    m_toolbar->setWindowTitle(QCoreApplication::translate("app::MainWindow", "Main toolbar"));
    m_toolbar->setAccessibleName(QCoreApplication::translate("app::MainWindow", "Main toolbar"));
    m_recentMenu->rebuild();
}

} // namespace app
