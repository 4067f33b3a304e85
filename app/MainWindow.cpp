#include "MainWindow.h"

#include "AboutDialog.h"
#include "AnalysisController.h"
#include "AnalysisPanel.h"
#include "AnalysisTabs.h"
#include "MeasureControls.h"
#include "ConnectionIndicator.h"
#include "DebuggingUi.h"
#include "DocumentController.h"
#include "EditorTabs.h"
#include "FileBrowserDock.h"
#include "FindBar.h"
#include "HelpController.h"
#include "OutputPane.h"
#include "NewProgramMenu.h"
#include "RecentFilesMenu.h"
#include "StarterPrograms.h"
#include "RunPresenter.h"
#include "RunPreparation.h"
#include "RunTargetSwitch.h"
#include "SecretStore.h"
#include "ServerConnectionPresenter.h"
#include "ServerWatch.h"
#include "SettingsDialog.h"
#include "SidePanels.h"
#include "StatusFields.h"
#include "TargetSessionFactory.h"
#include "Theme.h"
#include "TokenKeychain.h"
#include "WindowActions.h"
#include "WindowMenus.h"
#include "WindowPlacement.h"

#include <editor/CodeEditor.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QStatusBar>
#include <QVBoxLayout>

// Resources of a static library are only linked in when referenced; this must be outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace app {

using editor::CodeEditor;

namespace {
QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(AppSettings *settings, const WindowStorage &storage, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_tokens(new TokenKeychain(
          settings, storage.secrets ? storage.secrets : std::make_shared<KeychainSecretStore>(), this))
    , m_sessions(new TargetSessionFactory(settings, m_tokens, this))
    , m_run(new RunController(m_sessions->function(), this))
    , m_analysis(new AnalysisController(settings, this))
    , m_systemPalette(QApplication::palette())
    , m_actions(new WindowActions(this))
    , m_tabs(new EditorTabs(this))
    , m_documents(new DocumentController(m_tabs, settings, storage.sessionFile, storage.recoveryRoot, this))
    , m_findBar(new FindBar(this))
    , m_output(new OutputPane(this))
    , m_outputDock(new QDockWidget(this))
    , m_analysisDock(new AnalysisDock(this))
    , m_analysisPanel(new AnalysisPanel(this))
    , m_violationsDock(new ViolationsDock(this))
    , m_connection(new ConnectionIndicator(this))
    , m_serverWatch(new ServerWatch(this))
    , m_targetSwitch(new RunTargetSwitch(settings, this))
    , m_fileBrowser(new FileBrowserDock(this))
    , m_help(new HelpController(this, settings, [this] { return commands(); }, this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowIcon(icon("code-remote"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    connectActions();
    m_menus = new WindowMenus(this, m_actions, m_settings, m_targetSwitch);
    connect(m_menus->newProgramMenu(), &NewProgramMenu::languageChosen, this, [this](const QString &languageId) {
        CodeEditor *editor = m_tabs->newDocument(StarterPrograms::text(languageId), languageId);
        editor->setFocus();
    });
    connect(m_menus->recentMenu(), &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    createDocks();
    createStatusBar();

    connectDocuments();
    connectRuns();
    connectAnalysis();
    connectLearnerHelp();
    connect(m_settings, &AppSettings::themeChanged, this, &MainWindow::applyTheme);
    connect(m_settings, &AppSettings::editorAppearanceChanged, this, &MainWindow::applyEditorSettings);
    connect(m_settings, &AppSettings::interfaceLanguageChanged, this, &MainWindow::applyInterfaceLanguage);
    connect(m_settings, &AppSettings::zoomChanged, this, &MainWindow::applyZoom);
    connect(m_tabs, &EditorTabs::zoomRequested, m_settings, &AppSettings::setZoom);
    m_debugging = new DebuggingUi(this, {m_settings, m_run, m_runPresenter, m_sessions, m_tabs, m_actions});
    // Every shortcut of the window's commands (menus, docks, run target) works while an editor has focus.
    QList<QKeySequence> keys;
    for (const QAction *action : findChildren<QAction *>())
        keys << action->shortcuts();
    m_tabs->setReleasedKeys(keys);

    applyInterfaceLanguage();
    applyTheme();
    applyZoom();
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1100, 760);
    // Neither the default size nor one saved on another screen (or scale) may exceed this screen.
    WindowPlacement::fitToScreen(this);
    restoreState(m_settings->windowState());
    retranslate();
    updateRunActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_documents->setPrompts(std::move(prompts));
}

void MainWindow::setRunSessionFactory(RunSessionFactory factory)
{
    m_run->setFactory(std::move(factory));
}

void MainWindow::setAutosaveInterval(int milliseconds)
{
    m_documents->setAutosaveInterval(milliseconds);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions->action(objectName);
}

CodeEditor *MainWindow::currentEditor() const
{
    return m_tabs->currentEditor();
}

void MainWindow::connectDocuments()
{
    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &MainWindow::onCurrentEditorChanged);
    connect(m_tabs, &EditorTabs::cursorMoved, this, [this] { updateStatus(); });
    connect(m_tabs, &EditorTabs::closeRequested, m_documents, &DocumentController::closeDocument);
    connect(m_tabs, &EditorTabs::filesDropped, m_documents, &DocumentController::openFiles);
    connect(m_tabs, &EditorTabs::documentModified, this,
            [this] { setWindowModified(currentEditor() && currentEditor()->isModified()); });
    connect(m_documents, &DocumentController::documentSaved, this, [this](CodeEditor *editor) {
        updateWindowTitle(); // Save As renames the tab
        statusBar()->showMessage(tr("Saved %1").arg(m_tabs->title(editor)), 3000);
    });
}

void MainWindow::connectRuns()
{
    connect(m_run, &RunController::stateChanged, this, [this] {
        updateRunActions();
        updateStatus();
    });
    connect(m_run, &RunController::inputRequested, this, [this] { m_output->focusInput(); });
    connect(m_run, &RunController::waitingForInputChanged, this, [this] { updateStatus(); });
    connect(m_run, &RunController::phaseChanged, this, [this] { updateStatus(); });
    connect(m_output, &OutputPane::lineSubmitted, m_run, &RunController::sendLine);
    connect(m_output, &OutputPane::endOfInput, m_run, &RunController::sendEndOfInput);

    connect(m_targetSwitch, &RunTargetSwitch::serverSettingsRequested, this, [this] { openSettings(true); });
    // Made before the run presenter: when the keychain answers, the indicator shows the server before a
    // run waiting for the token starts.
    new ServerConnectionPresenter(m_settings, m_tokens, m_sessions, m_connection, m_serverWatch, this);
    m_runPresenter =
        new RunPresenter(m_run, m_settings, m_sessions, m_tokens, {m_tabs, m_output, m_violationsDock}, this);
    connect(new RunPreparation(m_tabs, m_settings, this), &RunPreparation::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_runPresenter, &RunPresenter::outputWanted, this, [this] {
        m_outputDock->show();
        m_outputDock->raise();
    });
    connect(m_runPresenter, &RunPresenter::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_runPresenter, &RunPresenter::runStateTextChanged, this, [this] { updateStatus(); });
    connect(m_runPresenter, &RunPresenter::analysisWanted, m_analysis, &AnalysisController::analyze);
    connect(m_runPresenter, &RunPresenter::finished, this, &MainWindow::runFinished);
    connect(m_output, &OutputPane::tracebackActivated, m_runPresenter, &RunPresenter::goToOutputLocation);
    connect(m_violationsDock, &ViolationsDock::lineActivated, m_runPresenter, &RunPresenter::goToProgramLine);
}

void MainWindow::connectAnalysis()
{
    connect(m_analysisPanel, &AnalysisPanel::analyzeRequested, this, &MainWindow::analyzeCurrent);
    connect(m_analysisPanel, &AnalysisPanel::measureRequested, this, &MainWindow::measureCurrent);
    connect(m_analysisPanel, &AnalysisPanel::lineActivated, this, [this](int line) {
        if (CodeEditor *target = currentEditor()) { // the panel shows the current tab's result
            m_tabs->setCurrentWidget(target);
            target->goToLine(line);
        }
    });
    connect(m_analysis, &AnalysisController::started, m_analysisPanel, &AnalysisPanel::showStarted);
    connect(m_analysis, &AnalysisController::progress, m_analysisPanel, &AnalysisPanel::showProgress);
    // Results, staleness and measured points reach the panel for the current tab only (issue 12, point 6).
    new AnalysisTabs(m_tabs, m_analysis, m_analysisPanel, this);
}

void MainWindow::connectLearnerHelp()
{
    // An example opens in a tab of its own, whatever the current one holds.
    connect(m_help, &HelpController::exampleChosen, this, [this](const QString &text) {
        CodeEditor *editor = m_tabs->newDocument(text);
        editor->setFocus();
    });
    connect(m_fileBrowser, &FileBrowserDock::fileActivated, this, &MainWindow::openFile);
    // A file renamed in the browser keeps its tab, under the new name.
    connect(m_fileBrowser, &FileBrowserDock::renamed, this,
            [this](const QString &oldPath, const QString &newPath) {
                if (CodeEditor *editor = m_tabs->editorForPath(oldPath)) {
                    m_tabs->setFilePath(editor, newPath);
                    updateWindowTitle();
                }
            });
    connect(m_documents, &DocumentController::documentSaved, this, [this](CodeEditor *editor) {
        m_fileBrowser->setFolder(QFileInfo(m_tabs->filePath(editor)).absolutePath());
    });
}

QList<QAction *> MainWindow::commands() const
{
    QList<QAction *> list = m_actions->actions();
    for (QDockWidget *dock :
         {static_cast<QDockWidget *>(m_outputDock), static_cast<QDockWidget *>(m_analysisDock),
          static_cast<QDockWidget *>(m_violationsDock), static_cast<QDockWidget *>(m_fileBrowser)})
        list << dock->toggleViewAction();
    list << m_targetSwitch->localAction() << m_targetSwitch->remoteAction()
         << m_targetSwitch->serverSettingsAction();
    return list;
}

void MainWindow::connectActions()
{
    const auto on = [this](const char *name, auto slot) {
        connect(m_actions->action(name), &QAction::triggered, this, std::move(slot));
    };
    const auto withEditor = [this](void (CodeEditor::*method)()) {
        return [this, method] {
            if (CodeEditor *editor = currentEditor())
                (editor->*method)();
        };
    };
    const auto setAppearance = [this](bool editor::EditorAppearance::*flag, const char *name) {
        return [this, flag, name] {
            editor::EditorAppearance appearance = m_settings->editorAppearance();
            appearance.*flag = m_actions->action(name)->isChecked();
            m_settings->setEditorAppearance(appearance);
        };
    };
    on("actionNew", [this] { newDocument(); });
    on("actionOpen", [this] { m_documents->openWithDialog(); });
    on("actionSave", [this] { saveCurrent(); });
    on("actionSaveAs", [this] { saveCurrentAs(); });
    on("actionClose", [this] {
        if (CodeEditor *editor = currentEditor())
            closeDocument(editor);
    });
    on("actionQuit", [this] { close(); });
    on("actionUndo", withEditor(&CodeEditor::undo));
    on("actionRedo", withEditor(&CodeEditor::redo));
    on("actionCut", withEditor(&CodeEditor::cut));
    on("actionCopy", withEditor(&CodeEditor::copy));
    on("actionPaste", withEditor(&CodeEditor::paste));
    on("actionSelectAll", [this] {
        if (CodeEditor *editor = currentEditor())
            editor->selectAll(true);
    });
    on("actionFind", [this] { m_findBar->showFind(); });
    on("actionReplace", [this] { m_findBar->showReplace(); });
    on("actionFindNext", [this] { m_findBar->findNext(); });
    on("actionFindPrevious", [this] { m_findBar->findPrevious(); });
    on("actionGoToLine", [this] { goToLine(); });
    on("actionToggleComment", withEditor(&CodeEditor::toggleComment));
    on("actionWordWrap", setAppearance(&editor::EditorAppearance::wordWrap, "actionWordWrap"));
    on("actionWhitespace", setAppearance(&editor::EditorAppearance::showWhitespace, "actionWhitespace"));
    // One zoom level in the settings, followed by every editor and the output pane (applyZoom).
    on("actionZoomIn", [this] { m_settings->setZoom(m_settings->zoom() + 1); });
    on("actionZoomOut", [this] { m_settings->setZoom(m_settings->zoom() - 1); });
    on("actionZoomReset", [this] { m_settings->setZoom(0); });
    on("actionNextTab", [this] { m_tabs->cycleTabs(1); });
    on("actionPreviousTab", [this] { m_tabs->cycleTabs(-1); });
    on("actionRun", [this] { runCurrent(); });
    on("actionStop", [this] { stopRun(); });
    on("actionSendEof", [this] { m_output->endInput(); });
    on("actionAnalyze", [this] { analyzeCurrent(); });
    on("actionMeasure", [this] { measureCurrent(); });
    on("actionFocusInput", [this] {
        m_outputDock->show();
        m_output->focusInput();
    });
    on("actionClearOutput", [this] { m_output->clear(); });
    on("actionCopyOutput", [this] { m_output->copyAll(); });
    on("actionSettings", [this] { openSettings(); });
    on("actionWelcome", [this] { m_help->showWelcome(); });
    on("actionManual", [this] { m_help->showManual(); });
    on("actionShortcuts", [this] { m_help->showShortcuts(); });
    on("actionAbout", [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

void MainWindow::createDocks()
{
    m_outputDock->setObjectName(QStringLiteral("outputDock"));
    m_outputDock->setWidget(m_output);
    m_outputDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_outputDock);
    addDockWidget(Qt::RightDockWidgetArea, m_analysisDock);
    addDockWidget(Qt::RightDockWidgetArea, m_violationsDock);
    tabifyDockWidget(m_analysisDock, m_violationsDock);
    m_analysisDock->setContentWidget(m_analysisPanel);
    m_analysisDock->raise();
    resizeDocks({m_outputDock}, {220}, Qt::Vertical);
    resizeDocks({m_analysisDock}, {280}, Qt::Horizontal);
    m_menus->viewMenu()->addAction(m_outputDock->toggleViewAction());
    m_menus->viewMenu()->addAction(m_analysisDock->toggleViewAction());
    m_menus->viewMenu()->addAction(m_violationsDock->toggleViewAction());
    m_outputDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_analysisDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_violationsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    addDockWidget(Qt::LeftDockWidgetArea, m_fileBrowser);
    resizeDocks({m_fileBrowser}, {220}, Qt::Horizontal);
    m_menus->viewMenu()->addAction(m_fileBrowser->toggleViewAction());
    m_fileBrowser->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
}

void MainWindow::createStatusBar()
{
    statusBar()->addPermanentWidget(m_connection);
    m_statusFields = new StatusFields(statusBar());
}

void MainWindow::retranslate()
{
    m_actions->retranslate();
    m_menus->retranslate();
    m_targetSwitch->retranslate();
    m_outputDock->setWindowTitle(tr("Output"));
    m_outputDock->setAccessibleName(tr("Output panel"));
    m_statusFields->retranslate();
    m_fileBrowser->retranslate();
    statusBar()->setAccessibleName(tr("Status bar"));
    updateWindowTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyTheme()
{
    m_dark = Theme::isDark(m_settings->theme(), m_systemPalette);
    QApplication::setPalette(Theme::palette(m_dark));
    m_output->setDark(m_dark);
    applyEditorSettings();
}

void MainWindow::applyEditorSettings()
{
    editor::EditorAppearance appearance = m_settings->editorAppearance();
    appearance.dark = m_dark;
    m_tabs->setAppearance(appearance);
    m_output->setTextFont(appearance.font());
    m_tabs->setCompletionThreshold(m_settings->completionThreshold());
    m_actions->action("actionWordWrap")->setChecked(appearance.wordWrap);
    m_actions->action("actionWhitespace")->setChecked(appearance.showWhitespace);
}

void MainWindow::applyZoom()
{
    const int level = m_settings->zoom();
    m_tabs->setZoom(level);
    m_output->setZoom(level);
}

void MainWindow::applyInterfaceLanguage()
{
    m_translators.load(m_settings->interfaceLanguage());
    // Installing a translator sends LanguageChange; removing the last one must retranslate too.
    retranslate();
}

void MainWindow::updateWindowTitle()
{
    CodeEditor *editor = currentEditor();
    const QString name = editor ? m_tabs->title(editor) : QString();
    setWindowTitle(name.isEmpty() ? tr("Code Remote") : tr("%1[*] — Code Remote").arg(name));
    setWindowModified(editor && editor->isModified());
}

void MainWindow::updateStatus()
{
    m_statusFields->show(currentEditor(), runStateText());
}

QString MainWindow::runStateText() const
{
    return m_runPresenter->runStateText();
}

SettingsDialog *MainWindow::openSettings(bool server)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_tokens, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    if (server)
        m_settingsDialog->focusServerSettings();
    return m_settingsDialog;
}

void MainWindow::updateRunActions()
{
    const bool running = m_run->isRunning();
    m_actions->action("actionRun")->setEnabled(!running);
    m_actions->action("actionStop")->setEnabled(running);
    m_actions->action("actionSendEof")->setEnabled(running);
}

void MainWindow::onCurrentEditorChanged(CodeEditor *editor)
{
    m_findBar->setEditor(editor);
    // The file browser shows the folder of the file in front (an untitled tab leaves it where it is).
    if (editor && !m_tabs->filePath(editor).isEmpty())
        m_fileBrowser->setFolder(QFileInfo(m_tabs->filePath(editor)).absolutePath());
    updateWindowTitle();
    updateStatus();
    if (editor) {
        connect(editor, &CodeEditor::modificationChanged, this, &MainWindow::updateWindowTitle, Qt::UniqueConnection);
        connect(editor, &CodeEditor::languageChanged, this, &MainWindow::updateStatus, Qt::UniqueConnection);
    }
}

CodeEditor *MainWindow::newDocument()
{
    return m_documents->newDocument();
}

CodeEditor *MainWindow::openFile(const QString &path)
{
    return m_documents->openFile(path);
}

bool MainWindow::saveCurrent()
{
    return m_documents->save(currentEditor());
}

bool MainWindow::saveCurrentAs()
{
    return m_documents->save(currentEditor(), true);
}

bool MainWindow::closeDocument(CodeEditor *editor)
{
    return m_documents->closeDocument(editor);
}

void MainWindow::goToLine()
{
    CodeEditor *editor = currentEditor();
    if (!editor)
        return;
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(editor->lines()),
                                          editor->currentLine(), 1, std::max(1, editor->lines()), 1, &ok);
    if (ok)
        editor->goToLine(line);
}

void MainWindow::autosaveNow()
{
    m_documents->autosaveNow();
}

void MainWindow::restoreSessionAndRecover()
{
    m_documents->restoreSessionAndRecover();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->queryClose()) {
        event->ignore();
        return;
    }
    m_run->stop();
    m_documents->endSession();
    m_settings->setWindowGeometry(saveGeometry(), saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    m_documents->openFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::runCurrent()
{
    m_runPresenter->runCurrent();
}

void MainWindow::stopRun()
{
    m_run->stop();
}

void MainWindow::analyzeCurrent()
{
    if (CodeEditor *editor = currentEditor()) {
        m_analysisDock->show();
        m_analysisDock->raise();
        m_analysis->analyze(editor);
    }
}

void MainWindow::measureCurrent()
{
    if (CodeEditor *editor = currentEditor()) {
        m_analysisDock->show();
        m_analysisDock->raise();
        m_analysis->measure(editor, m_analysisPanel->measureControls()->function(),
                            m_analysisPanel->measureControls()->sizeParameter());
    }
}

} // namespace app
