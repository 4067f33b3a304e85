#include "MainWindow.h"

#include "AboutDialog.h"
#include "AnalysisController.h"
#include "AnalysisPanel.h"
#include "ConnectionIndicator.h"
#include "DocumentController.h"
#include "EditorTabs.h"
#include "FindBar.h"
#include "OutputPane.h"
#include "RunPresenter.h"
#include "RunTargetSwitch.h"
#include "SecretStore.h"
#include "ServerWatch.h"
#include "SettingsDialog.h"
#include "SidePanels.h"
#include "TargetSessionFactory.h"
#include "Theme.h"
#include "TokenStore.h"

#include <CodeEditor.h>
#include <LanguageRegistry.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
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
    , m_tokens(new TokenStore(
          settings, storage.secrets ? storage.secrets : std::make_shared<KeychainSecretStore>(), this))
    , m_sessions(new TargetSessionFactory(settings, m_tokens, this))
    , m_run(new RunController(m_sessions->function(), this))
    , m_analysis(new AnalysisController(settings, this))
    , m_systemPalette(QApplication::palette())
    , m_tabs(new EditorTabs(this))
    , m_documents(new DocumentController(m_tabs, settings, storage.sessionFile, storage.recoveryRoot, this))
    , m_findBar(new FindBar(this))
    , m_output(new OutputPane(this))
    , m_outputDock(new QDockWidget(this))
    , m_analysisDock(new AnalysisDock(this))
    , m_analysisPanel(new AnalysisPanel(this))
    , m_violationsDock(new ViolationsDock(this))
    , m_languageLabel(new QLabel(this))
    , m_positionLabel(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_runStateLabel(new QLabel(this))
    , m_connection(new ConnectionIndicator(this))
    , m_serverWatch(new ServerWatch(this))
    , m_targetSwitch(new RunTargetSwitch(settings, this))
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

    createActions();
    createMenus();
    createDocks();
    createStatusBar();

    connect(m_tabs, &EditorTabs::currentEditorChanged, this, &MainWindow::onCurrentEditorChanged);
    connect(m_tabs, &EditorTabs::cursorMoved, this, [this] { updateStatus(); });
    connect(m_tabs, &EditorTabs::closeRequested, m_documents, &DocumentController::closeDocument);
    connect(m_tabs, &EditorTabs::filesDropped, m_documents, &DocumentController::openFiles);
    connect(m_documents, &DocumentController::documentSaved, this, [this](CodeEditor *editor) {
        updateWindowTitle(); // Save As renames the tab
        statusBar()->showMessage(tr("Saved %1").arg(m_tabs->title(editor)), 3000);
    });
    connect(m_tabs, &EditorTabs::documentModified, this, [this] {
        setWindowModified(currentEditor() && currentEditor()->isModified());
    });

    connect(m_run, &RunController::stateChanged, this, [this] {
        updateRunActions();
        updateStatus();
    });
    connect(m_run, &RunController::inputRequested, this, [this] { m_output->focusInput(); });
    connect(m_output, &OutputPane::lineSubmitted, m_run, &RunController::sendLine);
    connect(m_output, &OutputPane::endOfInput, m_run, &RunController::sendEndOfInput);

    connect(m_analysisPanel, &AnalysisPanel::analyzeRequested, this, &MainWindow::analyzeCurrent);
    connect(m_analysisPanel, &AnalysisPanel::measureRequested, this, &MainWindow::measureCurrent);
    connect(m_analysisPanel, &AnalysisPanel::lineActivated, this, [this](int line) {
        if (CodeEditor *target = m_analysis->editor() ? m_analysis->editor() : currentEditor()) {
            m_tabs->setCurrentWidget(target);
            target->goToLine(line);
        }
    });
    connect(m_analysis, &AnalysisController::started, m_analysisPanel, &AnalysisPanel::showStarted);
    connect(m_analysis, &AnalysisController::progress, m_analysisPanel, &AnalysisPanel::showProgress);
    connect(m_analysis, &AnalysisController::pointMeasured, m_analysisPanel, &AnalysisPanel::addMeasuredPoint);
    connect(m_analysis, &AnalysisController::finished, m_analysisPanel, &AnalysisPanel::setResult);
    connect(m_analysis, &AnalysisController::staleChanged, m_analysisPanel, &AnalysisPanel::setStale);

    connect(m_settings, &AppSettings::themeChanged, this, &MainWindow::applyTheme);
    connect(m_settings, &AppSettings::editorAppearanceChanged, this, &MainWindow::applyEditorSettings);
    connect(m_settings, &AppSettings::interfaceLanguageChanged, this, &MainWindow::applyInterfaceLanguage);
    connect(m_settings, &AppSettings::recentFilesChanged, this, &MainWindow::updateRecentFilesMenu);

    // The server target: the token is read from the keychain only once server runs are chosen.
    connect(m_settings, &AppSettings::runPreferencesChanged, this, [this] {
        if (m_settings->runPreferences().target == ExecutionTarget::Remote)
            m_tokens->load();
        updateConnectionIndicator();
    });
    connect(m_settings, &AppSettings::remotePreferencesChanged, this, &MainWindow::updateConnectionIndicator);
    connect(m_tokens, &TokenStore::tokenChanged, this, &MainWindow::updateConnectionIndicator);
    connect(m_tokens, &TokenStore::ready, this, &MainWindow::updateConnectionIndicator);
    connect(m_sessions, &TargetSessionFactory::connectionStateChanged, m_connection,
            &ConnectionIndicator::setConnectionState);
    connect(m_sessions, &TargetSessionFactory::remoteRunFailed, m_connection, &ConnectionIndicator::setFailure);
    connect(m_serverWatch, &ServerWatch::answered, m_connection, &ConnectionIndicator::setReachable);
    connect(m_targetSwitch, &RunTargetSwitch::serverSettingsRequested, this, [this] { openSettings(true); });
    if (m_settings->runPreferences().target == ExecutionTarget::Remote)
        m_tokens->load();
    updateConnectionIndicator();

    // Made after the connects above: when the keychain answers, the indicator shows the server before a
    // run waiting for the token starts.
    m_runPresenter =
        new RunPresenter(m_run, m_settings, m_sessions, m_tokens, {m_tabs, m_output, m_violationsDock}, this);
    connect(m_runPresenter, &RunPresenter::outputWanted, this, [this] {
        m_outputDock->show();
        m_outputDock->raise();
    });
    connect(m_runPresenter, &RunPresenter::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_runPresenter, &RunPresenter::analysisWanted, m_analysis, &AnalysisController::analyze);
    connect(m_runPresenter, &RunPresenter::finished, this, &MainWindow::runFinished);
    connect(m_output, &OutputPane::tracebackActivated, m_runPresenter, &RunPresenter::goToOutputLocation);
    connect(m_violationsDock, &ViolationsDock::lineActivated, m_runPresenter, &RunPresenter::goToProgramLine);

    applyInterfaceLanguage();
    applyTheme();
    updateRecentFilesMenu();
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1100, 760);
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
    return m_actions.value(objectName);
}

CodeEditor *MainWindow::currentEditor() const
{
    return m_tabs->currentEditor();
}

void MainWindow::createActions()
{
    struct Spec
    {
        const char *name;
        const char *icon;
        QList<QKeySequence> keys;
        std::function<void()> slot;
    };
    const auto withEditor = [this](void (CodeEditor::*method)()) {
        return [this, method] {
            if (CodeEditor *editor = currentEditor())
                (editor->*method)();
        };
    };
    const Spec specs[] = {
        {"actionNew", "new", {QKeySequence::New}, [this] { newDocument(); }},
        {"actionOpen", "open", {QKeySequence::Open}, [this] { m_documents->openWithDialog(); }},
        {"actionSave", "save", {QKeySequence::Save}, [this] { saveCurrent(); }},
        {"actionSaveAs", "save-as", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, [this] { saveCurrentAs(); }},
        {"actionClose", "close", {QKeySequence(Qt::CTRL | Qt::Key_W)}, [this] {
             if (CodeEditor *editor = currentEditor())
                 closeDocument(editor);
         }},
        {"actionQuit", "quit", {QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { close(); }},
        {"actionUndo", "undo", {QKeySequence::Undo}, withEditor(&CodeEditor::undo)},
        {"actionRedo", "redo", {QKeySequence::Redo}, withEditor(&CodeEditor::redo)},
        {"actionCut", "cut", {QKeySequence::Cut}, withEditor(&CodeEditor::cut)},
        {"actionCopy", "copy", {QKeySequence::Copy}, withEditor(&CodeEditor::copy)},
        {"actionPaste", "paste", {QKeySequence::Paste}, withEditor(&CodeEditor::paste)},
        {"actionSelectAll", nullptr, {QKeySequence::SelectAll}, [this] {
             if (CodeEditor *editor = currentEditor())
                 editor->selectAll(true);
         }},
        {"actionFind", "find", {QKeySequence::Find}, [this] { m_findBar->showFind(); }},
        {"actionReplace", "replace", {QKeySequence(Qt::CTRL | Qt::Key_H)}, [this] { m_findBar->showReplace(); }},
        {"actionFindNext", nullptr, {QKeySequence::FindNext}, [this] { m_findBar->findNext(); }},
        {"actionFindPrevious", nullptr, {QKeySequence::FindPrevious}, [this] { m_findBar->findPrevious(); }},
        {"actionGoToLine", "goto", {QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] { goToLine(); }},
        {"actionToggleComment", "comment", {QKeySequence(Qt::CTRL | Qt::Key_Slash)}, withEditor(&CodeEditor::toggleComment)},
        {"actionWordWrap", nullptr, {QKeySequence(Qt::ALT | Qt::Key_Z)}, [this] {
             editor::EditorAppearance appearance = m_settings->editorAppearance();
             appearance.wordWrap = m_actions.value(QStringLiteral("actionWordWrap"))->isChecked();
             m_settings->setEditorAppearance(appearance);
         }},
        {"actionWhitespace", nullptr, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period)}, [this] {
             editor::EditorAppearance appearance = m_settings->editorAppearance();
             appearance.showWhitespace = m_actions.value(QStringLiteral("actionWhitespace"))->isChecked();
             m_settings->setEditorAppearance(appearance);
         }},
        {"actionZoomIn", "zoom-in", {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [this] {
             if (CodeEditor *editor = currentEditor())
                 editor->zoomIn();
         }},
        {"actionZoomOut", "zoom-out", {QKeySequence::ZoomOut}, [this] {
             if (CodeEditor *editor = currentEditor())
                 editor->zoomOut();
         }},
        {"actionZoomReset", nullptr, {QKeySequence(Qt::CTRL | Qt::Key_0)}, withEditor(&CodeEditor::resetZoom)},
        {"actionRun", "run", {QKeySequence(Qt::Key_F5)}, [this] { runCurrent(); }},
        {"actionStop", "stop", {QKeySequence(Qt::SHIFT | Qt::Key_F5)}, [this] { stopRun(); }},
        {"actionSendEof", nullptr, {}, [this] { m_run->sendEndOfInput(); }},
        {"actionAnalyze", nullptr, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, [this] { analyzeCurrent(); }},
        {"actionMeasure", nullptr, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, [this] { measureCurrent(); }},
        {"actionFocusInput", nullptr, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}, [this] {
             m_outputDock->show();
             m_output->focusInput();
         }},
        {"actionClearOutput", "clear", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)}, [this] { m_output->clear(); }},
        {"actionCopyOutput", "copy", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, [this] { m_output->copyAll(); }},
        {"actionSettings", "settings", {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, [this] {
             openSettings();
         }},
        {"actionAbout", "about", {QKeySequence(Qt::Key_F1)}, [this] {
             auto *dialog = new AboutDialog(this);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
         }},
    };
    for (const Spec &spec : specs) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(spec.name));
        if (spec.icon)
            action->setIcon(icon(spec.icon));
        action->setShortcuts(spec.keys);
        connect(action, &QAction::triggered, this, spec.slot);
        addAction(action); // shortcuts work even when the menu bar is hidden
        m_actions.insert(action->objectName(), action);
    }
    m_actions.value(QStringLiteral("actionWordWrap"))->setCheckable(true);
    m_actions.value(QStringLiteral("actionWhitespace"))->setCheckable(true);
}

void MainWindow::createMenus()
{
    const auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({a("actionNew"), a("actionOpen")});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({a("actionSave"), a("actionSaveAs"), a("actionClose")});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("actionSettings"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("actionQuit"));

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({a("actionUndo"), a("actionRedo")});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a("actionCut"), a("actionCopy"), a("actionPaste"), a("actionSelectAll")});
    m_editMenu->addSeparator();
    m_editMenu->addActions({a("actionFind"), a("actionReplace"), a("actionFindNext"), a("actionFindPrevious"),
                            a("actionGoToLine")});
    m_editMenu->addSeparator();
    m_editMenu->addAction(a("actionToggleComment"));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({a("actionWordWrap"), a("actionWhitespace")});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({a("actionZoomIn"), a("actionZoomOut"), a("actionZoomReset")});
    m_viewMenu->addSeparator();

    m_runMenu = menuBar()->addMenu(QString());
    m_runMenu->addActions({a("actionRun"), a("actionStop")});
    m_runMenu->addMenu(m_targetSwitch->menu());
    // Shortcuts work even when the menu bar is hidden.
    addActions({m_targetSwitch->localAction(), m_targetSwitch->remoteAction(), m_targetSwitch->serverSettingsAction()});
    m_runMenu->addSeparator();
    m_runMenu->addActions({a("actionAnalyze"), a("actionMeasure")});
    m_runMenu->addSeparator();
    m_runMenu->addActions({a("actionFocusInput"), a("actionSendEof"), a("actionCopyOutput"), a("actionClearOutput")});

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(a("actionAbout"));

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addActions({a("actionNew"), a("actionOpen"), a("actionSave")});
    toolbar->addSeparator();
    toolbar->addActions({a("actionRun"), a("actionStop")});
    toolbar->addWidget(m_targetSwitch->button());
    toolbar->addSeparator();
    toolbar->addActions({a("actionFind"), a("actionSettings")});
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
    m_viewMenu->addAction(m_outputDock->toggleViewAction());
    m_viewMenu->addAction(m_analysisDock->toggleViewAction());
    m_viewMenu->addAction(m_violationsDock->toggleViewAction());
    m_outputDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_analysisDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_violationsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
}

void MainWindow::createStatusBar()
{
    m_runStateLabel->setObjectName(QStringLiteral("runStateLabel"));
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_runStateLabel);
    statusBar()->addPermanentWidget(m_languageLabel);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_encodingLabel);
}

void MainWindow::retranslate()
{
    struct Text
    {
        const char *name;
        QString text;
        QString tip;
    };
    const Text texts[] = {
        {"actionNew", tr("&New"), tr("Create an untitled Python file")},
        {"actionOpen", tr("&Open…"), tr("Open files")},
        {"actionSave", tr("&Save"), tr("Save the current file")},
        {"actionSaveAs", tr("Save &As…"), tr("Save the current file under a new name")},
        {"actionClose", tr("&Close"), tr("Close the current file")},
        {"actionQuit", tr("&Quit"), tr("Quit Code Remote")},
        {"actionUndo", tr("&Undo"), QString()},
        {"actionRedo", tr("&Redo"), QString()},
        {"actionCut", tr("Cu&t"), QString()},
        {"actionCopy", tr("&Copy"), QString()},
        {"actionPaste", tr("&Paste"), QString()},
        {"actionSelectAll", tr("Select &All"), QString()},
        {"actionFind", tr("&Find…"), tr("Find text in the current file")},
        {"actionReplace", tr("R&eplace…"), tr("Find and replace text")},
        {"actionFindNext", tr("Find &Next"), QString()},
        {"actionFindPrevious", tr("Find Pre&vious"), QString()},
        {"actionGoToLine", tr("&Go to Line…"), QString()},
        {"actionToggleComment", tr("Toggle Co&mment"), QString()},
        {"actionWordWrap", tr("&Word Wrap"), QString()},
        {"actionWhitespace", tr("Show &Whitespace"), QString()},
        {"actionZoomIn", tr("Zoom &In"), QString()},
        {"actionZoomOut", tr("Zoom &Out"), QString()},
        {"actionZoomReset", tr("&Reset Zoom"), QString()},
        {"actionRun", tr("&Run"), tr("Run the current file (F5)")},
        {"actionStop", tr("&Stop"), tr("Stop the running program (Shift+F5)")},
        {"actionSendEof", tr("Send &End of Input"), tr("Close the program's standard input (Ctrl+D in the input line)")},
        {"actionAnalyze", tr("&Analyze Complexity"),
         tr("Estimate the time and space complexity of the current file (Ctrl+Shift+A)")},
        {"actionMeasure", tr("&Measure Complexity"),
         tr("Time the program's function at growing input sizes in the sandbox (Ctrl+Shift+M)")},
        {"actionFocusInput", tr("Go to &Input Line"), QString()},
        {"actionClearOutput", tr("C&lear Output"), QString()},
        {"actionCopyOutput", tr("Copy &Output"), QString()},
        {"actionSettings", tr("Se&ttings…"), tr("Settings")},
        {"actionAbout", tr("&About Code Remote"), QString()},
    };
    for (const Text &text : texts) {
        QAction *action = m_actions.value(QString::fromLatin1(text.name));
        action->setText(text.text);
        action->setToolTip(text.tip.isEmpty() ? QString(text.text).remove(QLatin1Char('&')).remove(QStringLiteral("…"))
                                              : text.tip);
    }
    // Menu items are read out by their text; the status tip adds what the command does.
    for (const char *name : {"actionAnalyze", "actionMeasure"})
        m_actions.value(QString::fromLatin1(name))->setStatusTip(m_actions.value(QString::fromLatin1(name))->toolTip());
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_runMenu->setTitle(tr("&Run"));
    m_helpMenu->setTitle(tr("&Help"));
    m_targetSwitch->retranslate();
    m_outputDock->setWindowTitle(tr("Output"));
    m_outputDock->setAccessibleName(tr("Output panel"));
    m_languageLabel->setAccessibleName(tr("Language"));
    m_positionLabel->setAccessibleName(tr("Cursor position"));
    m_encodingLabel->setAccessibleName(tr("Encoding"));
    m_runStateLabel->setAccessibleName(tr("Run state"));
    menuBar()->setAccessibleName(tr("Main menu"));
    statusBar()->setAccessibleName(tr("Status bar"));
    if (auto *toolbar = findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        toolbar->setWindowTitle(tr("Main toolbar"));
        toolbar->setAccessibleName(tr("Main toolbar"));
    }
    updateRecentFilesMenu();
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
    m_actions.value(QStringLiteral("actionWordWrap"))->setChecked(appearance.wordWrap);
    m_actions.value(QStringLiteral("actionWhitespace"))->setChecked(appearance.showWhitespace);
}

void MainWindow::applyInterfaceLanguage()
{
    QApplication::removeTranslator(&m_translator);
    QApplication::removeTranslator(&m_qtTranslator);
    const QString language = m_settings->interfaceLanguage();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language: it needs no catalogue, and loading none restores it.
    if (m_translator.load(locale, QStringLiteral("code-remote"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&m_translator);
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&m_qtTranslator);
    // Installing a translator sends LanguageChange; removing the last one must retranslate too.
    retranslate();
}

void MainWindow::updateRecentFilesMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_settings, &AppSettings::clearRecentFiles);
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
    CodeEditor *editor = currentEditor();
    const editor::LanguageDefinition *language = editor ? editor->language() : nullptr;
    m_languageLabel->setText(language ? language->displayName : tr("Plain text"));
    m_positionLabel->setText(editor ? tr("Ln %1, Col %2").arg(editor->currentLine()).arg(editor->currentColumn())
                                    : QString());
    m_encodingLabel->setText(QStringLiteral("UTF-8"));
    m_runStateLabel->setText(runStateText());
}

QString MainWindow::runStateText() const
{
    return m_runPresenter->runStateText();
}

void MainWindow::updateConnectionIndicator()
{
    const remote::RemoteTarget target = m_sessions->remoteTarget();
    // Until the keychain has answered, a URL is taken as set up rather than flashing "not set up".
    const bool configured =
        m_tokens->isReady() ? m_sessions->remoteProblem().isEmpty() : !target.url.isEmpty();
    m_connection->setTarget(m_settings->runPreferences().target);
    m_connection->setServer(target.url, configured);
    // Only a server that runs are sent to is watched; a check carries no token.
    m_serverWatch->watch(m_settings->runPreferences().target == ExecutionTarget::Remote ? target.url
                                                                                        : QUrl());
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
    m_actions.value(QStringLiteral("actionRun"))->setEnabled(!running);
    m_actions.value(QStringLiteral("actionStop"))->setEnabled(running);
    m_actions.value(QStringLiteral("actionSendEof"))->setEnabled(running);
}

void MainWindow::onCurrentEditorChanged(CodeEditor *editor)
{
    m_findBar->setEditor(editor);
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
        m_analysis->measure(editor);
    }
}

} // namespace app
