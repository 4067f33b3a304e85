#pragma once

#include "AppSettings.h"
#include "InterfaceTranslators.h"
#include "Prompts.h"
#include "RunController.h"

#include <remote/RemoteRunSession.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>


namespace editor {
class CodeEditor;
}

namespace app {

class AnalysisController;
class AnalysisDock;
class AnalysisPanel;
class ConnectionIndicator;
class DebuggingUi;
class DocumentController;
class EditorTabs;
class FileBrowserDock;
class HelpController;
class ServerWatch;
class FindBar;
class OutputPane;
class RunPresenter;
class RunTargetSwitch;
class SecretStore;
class SettingsDialog;
class StatusFields;
class TargetSessionFactory;
class TokenKeychain;
class ViolationsDock;
class WindowActions;
class WindowMenus;

// Where a window keeps its state between runs; tests point all of it at a temporary directory.
struct WindowStorage
{
    QString sessionFile;  // empty: the user's data directory
    QString recoveryRoot; // empty: the user's data directory
    std::shared_ptr<SecretStore> secrets = nullptr; // where the server token is kept; null: the system keychain
};

// The main window, as composition only: it makes the widgets (editor tabs, find bar, output pane, side
// panels, status bar), its commands (WindowActions) laid out in menus and toolbar (WindowMenus), and
// the objects that hold the logic - DocumentController (the documents' lifecycle), RunController and RunPresenter (a
// run and what it shows), AnalysisController, ServerConnectionPresenter - and connects them. Its public
// methods forward to those objects, so tests, main.cpp and the benchmarks drive the real window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSettings *settings, const WindowStorage &storage = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setPrompts(std::unique_ptr<Prompts> prompts);
    void setRunSessionFactory(RunSessionFactory factory);
    void setAutosaveInterval(int milliseconds);

    // The document lifecycle, forwarded to the DocumentController (see there).
    void restoreSessionAndRecover();
    void autosaveNow();
    editor::CodeEditor *openFile(const QString &path);
    editor::CodeEditor *newDocument();
    bool saveCurrent();
    bool saveCurrentAs();
    bool closeDocument(editor::CodeEditor *editor);
    void runCurrent();
    void stopRun();
    // Complexity analysis of the current file (Ctrl+Shift+A), and its timing in the sandbox.
    void analyzeCurrent();
    void measureCurrent();
    // The settings dialog (the open one if there is one); `server`: with the server fields focused.
    SettingsDialog *openSettings(bool server = false);

    EditorTabs *tabs() const { return m_tabs; }
    OutputPane *outputPane() const { return m_output; }
    FindBar *findBar() const { return m_findBar; }
    AnalysisDock *analysisDock() const { return m_analysisDock; }
    AnalysisPanel *analysisPanel() const { return m_analysisPanel; }
    AnalysisController *analysisController() const { return m_analysis; }
    DocumentController *documentController() const { return m_documents; }
    ViolationsDock *violationsDock() const { return m_violationsDock; }
    RunController *runController() const { return m_run; }
    RunPresenter *runPresenter() const { return m_runPresenter; }
    TokenKeychain *tokenKeychain() const { return m_tokens; }
    TargetSessionFactory *sessionFactory() const { return m_sessions; }
    ConnectionIndicator *connectionIndicator() const { return m_connection; }
    ServerWatch *serverWatch() const { return m_serverWatch; }
    RunTargetSwitch *runTargetSwitch() const { return m_targetSwitch; }
    FileBrowserDock *fileBrowser() const { return m_fileBrowser; }
    // The welcome page, keyboard shortcuts and manual (Help menu); main.cpp shows the welcome page on
    // the first start through it.
    HelpController *help() const { return m_help; }
    DebuggingUi *debugging() const { return m_debugging; }
    // Every command of the window that has a shortcut: the table's actions, the docks' and the run
    // target's.
    QList<QAction *> commands() const;
    editor::CodeEditor *currentEditor() const;
    QAction *action(const QString &objectName) const;
    QString runStateText() const;
    bool isDarkTheme() const { return m_dark; }

Q_SIGNALS:
    void runFinished(const runner::RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void connectDocuments();
    void connectRuns();
    void connectAnalysis();
    void connectLearnerHelp();
    void createDocks();
    void createStatusBar();
    void retranslate();
    void applyZoom();
    void applyTheme();
    void applyInterfaceLanguage();
    void applyEditorSettings();
    void updateWindowTitle();
    void updateStatus();
    void updateRunActions();
    void onCurrentEditorChanged(editor::CodeEditor *editor);
    void goToLine();

    AppSettings *m_settings;
    DebuggingUi *m_debugging = nullptr;
    TokenKeychain *m_tokens;
    TargetSessionFactory *m_sessions;
    RunController *m_run;
    AnalysisController *m_analysis;
    RunPresenter *m_runPresenter = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    InterfaceTranslators m_translators;
    QPalette m_systemPalette;
    bool m_dark = false;

    WindowActions *m_actions;
    EditorTabs *m_tabs;
    DocumentController *m_documents;
    FindBar *m_findBar;
    OutputPane *m_output;
    QDockWidget *m_outputDock;
    AnalysisDock *m_analysisDock;
    AnalysisPanel *m_analysisPanel;
    ViolationsDock *m_violationsDock;
    StatusFields *m_statusFields = nullptr;
    ConnectionIndicator *m_connection;
    ServerWatch *m_serverWatch;
    RunTargetSwitch *m_targetSwitch;
    FileBrowserDock *m_fileBrowser = nullptr;
    HelpController *m_help = nullptr;

    WindowMenus *m_menus = nullptr;
};

} // namespace app
