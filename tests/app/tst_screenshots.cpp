#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <analysis/AnalysisResult.h>
#include <app/AnalysisPanel.h>
#include <app/AppSettings.h>
#include <app/ConnectionIndicator.h>
#include <app/Console.h>
#include <app/DebugController.h>
#include <app/DebugDock.h>
#include <app/DebuggingUi.h>
#include <app/EditorTabs.h>
#include <app/HelpController.h>
#include <app/MainWindow.h>
#include <app/OutputPane.h>
#include <app/SettingsDialog.h>
#include <app/SidePanels.h>
#include <app/TokenKeychain.h>
#include <app/UnsavedChangesDialog.h>
#include <app/VariablesModel.h>
#include <app/WelcomeDialog.h>
#include <editor/BreakpointMarkers.h>
#include <editor/CodeEditor.h>
#include <editor/ComplexityMarkers.h>
#include <runner/LocalRunSession.h>

#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTreeView>
#include <QStatusBar>

#include <cmath>
#include <QTemporaryDir>

using namespace app;

// Renders the main window in the light and the dark theme to PNG files under the build directory, so
// a person can look at both (the test checks only that they were written and differ).
class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersLightAndDarkThemes()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&settings, {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r"))});
        window.resize(1200, 800);
        window.show();
        window.restoreSessionAndRecover();
        editor::CodeEditor *editor = window.currentEditor();
        editor->setText(QStringLiteral(
            "# Fibonacci numbers, iteratively\n"
            "def fib(n: int) -> int:\n"
            "    a, b = 0, 1\n"
            "    for _ in range(n):\n"
            "        a, b = b, a + b\n"
            "    return a\n\n\n"
            "name = input('Your name? ')\n"
            "print(f'Hello, {name}!', [fib(i) for i in range(10)])\n"
            "print(1 / 0)\n"));
        editor->setCursorPosition(4, 8);
        OutputPane *pane = window.outputPane();
        pane->beginRun(QStringLiteral("Running Untitled 1 (strict profile)…"));
        pane->appendOutput(OutputKind::Stdout, QStringLiteral("Your name? "));
        pane->appendOutput(OutputKind::Input, QStringLiteral("Ada\n"));
        pane->appendOutput(OutputKind::Stdout, QStringLiteral("Hello, Ada! [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\n"));
        pane->appendOutput(OutputKind::Stderr, QStringLiteral("Traceback (most recent call last):\n"
                                                              "  File \"/work/main.py\", line 11, in <module>\n"
                                                              "ZeroDivisionError: division by zero\n"));
        pane->finishRun(QStringLiteral("— Runtime error · exit code 1 · 0.03 s · peak memory 8.2 MB —"));

        // The analysis panel filled as after Ctrl+Shift+A on this program, with its hot loop marked.
        const analysis::AnalysisResult analysis = analysis::AnalysisResult::fromJson(QJsonDocument::fromJson(R"json({
            "status": "ok", "provider": "static", "time": "O(n)", "space": "O(1)", "confidence": 0.86,
            "explanation": "the loop in fib runs n times; the comprehension calls fib 10 times",
            "functions": [{"name": "fib", "start_line": 2, "end_line": 6, "time": "O(n)", "space": "O(1)",
                           "explanation": "one loop over range(n)"}],
            "risks": [{"kind": "eval_exec", "level": "high", "line": 11, "detail": "example: a high-risk entry"}],
            "hot_loops": [{"start_line": 4, "end_line": 5, "cost": "O(n)", "depth": 1}]
        })json").object());
        window.analysisPanel()->setResult(analysis);
        editor->complexityMarkers()->setLoops({{4, 5, QStringLiteral("O(n)")}});

        const QString out = QStringLiteral(SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(out));
        QImage images[2];
        const ThemeChoice themes[] = {ThemeChoice::Light, ThemeChoice::Dark};
        const char *names[] = {"main-light.png", "main-dark.png"};
        for (int i = 0; i < 2; ++i) {
            settings.setTheme(themes[i]);
            pane->clear();
            pane->appendOutput(OutputKind::Stdout, QStringLiteral("Your name? "));
            pane->appendOutput(OutputKind::Input, QStringLiteral("Ada\n"));
            pane->appendOutput(OutputKind::Stdout, QStringLiteral("Hello, Ada! [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\n"));
            pane->appendOutput(OutputKind::Stderr, QStringLiteral("Traceback (most recent call last):\n"
                                                                  "  File \"/work/main.py\", line 11, in <module>\n"
                                                                  "ZeroDivisionError: division by zero\n"));
            pane->finishRun(QStringLiteral("— Runtime error · exit code 1 · 0.03 s · peak memory 8.2 MB —"));
            pane->flush();
            QCoreApplication::processEvents();
            images[i] = window.grab().toImage();
            const QString file = out + QLatin1Char('/') + QLatin1String(names[i]);
            QVERIFY(images[i].save(file));
            qInfo("wrote %s", qPrintable(file));
        }
        QVERIFY(images[0] != images[1]);
        QCOMPARE(window.analysisPanel()->timeBadgeLabel()->text(), QStringLiteral("O(n)"));

        // A measured result: the plot of time against n with the fitted curve, in both themes.
        analysis::AnalysisResult measured;
        measured.provider = QStringLiteral("empirical");
        measured.time = QStringLiteral("O(n log n)");
        measured.space = QStringLiteral("O(n)");
        measured.confidence = 0.93;
        measured.explanation = QStringLiteral("sort_items() timed at 8 sizes; n log n fits within 4 %");
        measured.fitted = QStringLiteral("O(n log n)");
        measured.measuredFunction = QStringLiteral("sort_items");
        const double noise[] = {1.04, 0.97, 1.02, 0.99, 1.03, 0.98, 1.01, 1.0};
        for (int i = 0; i < 8; ++i) {
            const double n = 2000.0 * (i + 1);
            measured.measurements.append({qint64(n), (3e-5 + 6e-8 * n * std::log2(n)) * noise[i]});
        }
        window.analysisPanel()->setResult(measured);
        const char *measuredNames[] = {"analysis-measured-light.png", "analysis-measured-dark.png"};
        for (int i = 0; i < 2; ++i) {
            settings.setTheme(themes[i]);
            QTest::qWait(50); // the chart lays out its legend in a posted event
            const QImage image = window.analysisDock()->grab().toImage();
            const QString file = out + QLatin1Char('/') + QLatin1String(measuredNames[i]);
            QVERIFY(image.save(file));
            qInfo("wrote %s", qPrintable(file));
        }
        // The dark theme really is dark: the editor's background pixel is.
        const QPoint inEditor = editor->mapTo(&window, QPoint(editor->width() / 2, editor->height() - 10));
        QVERIFY(images[1].pixelColor(inEditor * images[1].devicePixelRatio()).lightness() < 80);
        QVERIFY(images[0].pixelColor(inEditor * images[0].devicePixelRatio()).lightness() > 200);
        settings.setTheme(ThemeChoice::Light);
    }

    // The welcome page a new user sees on the first start, in the light and the dark theme.
    void rendersWelcomePage()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&settings, {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r")),
                                      std::make_shared<FakeSecretStore>(false)});
        window.resize(1200, 800);
        window.show();
        window.restoreSessionAndRecover();
        QVERIFY(window.help()->showWelcomeOnFirstStart());
        auto *welcome = window.findChild<WelcomeDialog *>();
        QVERIFY(welcome && welcome->isVisible());
        const QString out = QStringLiteral(SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(out));
        const ThemeChoice themes[] = {ThemeChoice::Light, ThemeChoice::Dark};
        const char *names[] = {"welcome-light.png", "welcome-dark.png"};
        QImage images[2];
        for (int i = 0; i < 2; ++i) {
            settings.setTheme(themes[i]);
            QCoreApplication::processEvents();
            images[i] = welcome->grab().toImage();
            QVERIFY(!images[i].isNull());
            const QString file = out + QLatin1Char('/') + QLatin1String(names[i]);
            QVERIFY(images[i].save(file));
            qInfo("wrote %s", qPrintable(file));
        }
        QVERIFY(images[0] != images[1]);
        QCOMPARE(welcome->exampleButtons().size(), 3);
        // Every example's title fits its button.
        for (QCommandLinkButton *button : welcome->exampleButtons())
            QVERIFY(button->width() >= button->fontMetrics().horizontalAdvance(button->text()));
        welcome->close();
        settings.setTheme(ThemeChoice::Light);
    }

    // The one question asked when the window closes with unsaved buffers, with one of them unticked.
    void rendersUnsavedChangesDialog()
    {
        const QStringList names{QStringLiteral("main.py"), QStringLiteral("Untitled 2"), QStringLiteral("search.py"),
                                QStringLiteral("Untitled 3")};
        UnsavedChangesDialog dialog(QStringLiteral("Save changes to 4 files before closing?"), names);
        dialog.list()->item(1)->setCheckState(Qt::Unchecked);
        dialog.show();
        QCoreApplication::processEvents();
        const QString out = QStringLiteral(SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(out));
        const QImage image = dialog.grab().toImage();
        QVERIFY(image.save(out + QStringLiteral("/unsaved-changes.png")));
        QCOMPARE(dialog.checkedRows(), (QList<int>{0, 2, 3}));
    }

    // The console with typed input: a real local run that asked twice, answered once, with the second
    // answer half typed at its prompt and the status bar saying the program waits for it.
    void rendersTheConsoleWithTypedInput()
    {
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        qRegisterMetaType<runner::RunResult>();
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        AnalysisPreferences analysis = settings.analysisPreferences();
        analysis.analyzeAfterRun = false;
        settings.setAnalysisPreferences(analysis);
        MainWindow window(&settings, {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r"))});
        window.resize(1200, 800);
        window.show();
        window.restoreSessionAndRecover();
        window.currentEditor()->setText(QStringLiteral("n = int(input('How many squares? '))\n"
                                                       "for i in range(1, n + 1):\n"
                                                       "    print(i, 'squared is', i * i)\n"
                                                       "name = input('Your name? ')\n"
                                                       "print('Well done,', name)\n"));
        OutputPane *pane = window.outputPane();
        const auto shown = [pane] {
            pane->flush();
            return pane->text();
        };
        QLabel *runState = window.statusBar()->findChild<QLabel *>(QStringLiteral("runStateLabel"));
        const QString out = QStringLiteral(SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(out));
        const ThemeChoice themes[] = {ThemeChoice::Light, ThemeChoice::Dark};
        const char *names[] = {"console-light.png", "console-dark.png"};
        QImage images[2];
        // One run per theme, so the whole transcript is drawn in that theme's colours.
        for (int i = 0; i < 2; ++i) {
            settings.setTheme(themes[i]);
            window.runCurrent();
            QTRY_VERIFY_WITH_TIMEOUT(shown().endsWith(QStringLiteral("How many squares? ")), 20000);
            pane->view()->setFocus();
            QTest::keyClicks(pane->view(), QStringLiteral("5"));
            QTest::keyClick(pane->view(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(shown().endsWith(QStringLiteral("Your name? ")), 20000);
            QTest::keyClicks(pane->view(), QStringLiteral("Ad"));
            QTRY_COMPARE_WITH_TIMEOUT(runState->text(), QStringLiteral("Waiting for input"), 20000);
            QVERIFY(shown().endsWith(QStringLiteral("5 squared is 25\nYour name? Ad")));
            QCoreApplication::processEvents();
            images[i] = window.grab().toImage();
            const QString file = out + QLatin1Char('/') + QLatin1String(names[i]);
            QVERIFY(images[i].save(file));
            qInfo("wrote %s", qPrintable(file));

            QSignalSpy finished(&window, &MainWindow::runFinished);
            QTest::keyClicks(pane->view(), QStringLiteral("a"));
            QTest::keyClick(pane->view(), Qt::Key_Return);
            QVERIFY(finished.wait(20000));
            QVERIFY2(shown().contains(QStringLiteral("Your name? Ada\nWell done, Ada\n")), qPrintable(shown()));
        }
        QVERIFY(images[0] != images[1]);
        settings.setTheme(ThemeChoice::Light);
    }

    // Issue 16: a paused debugging session for the README (debugger-paused.png): the breakpoint and the
    // paused line in the editor, the call stack, the variables with a nested container expanded.
    void rendersAPausedDebuggingSession()
    {
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        AnalysisPreferences analysis = settings.analysisPreferences();
        analysis.analyzeAfterRun = false;
        settings.setAnalysisPreferences(analysis);
        MainWindow window(&settings, {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r"))});
        window.resize(1200, 800);
        window.show();
        window.restoreSessionAndRecover();
        editor::CodeEditor *editor = window.currentEditor();
        editor->setText(QStringLiteral("def average(scores):\n"
                                       "    total = 0\n"
                                       "    for name, points in scores.items():\n"
                                       "        total += points\n"
                                       "    return total / len(scores)\n"
                                       "\n"
                                       "scores = {'ada': 9, 'grace': 7, 'alan': 8}\n"
                                       "print('average', average(scores))\n"));
        editor::BreakpointMarkers::of(editor)->setBreakpoint(4);
        DebugController *debugger = window.debugging()->debugger();
        window.action(QStringLiteral("actionDebug"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(debugger->state(), DebugController::State::Paused, 30000);
        // Once more round the loop, so that `total` shows as changed.
        window.action(QStringLiteral("actionContinue"))->trigger();
        VariablesModel *model = window.debugging()->variables();
        QTRY_VERIFY_WITH_TIMEOUT(model->find(model->scopeIndex(QStringLiteral("locals")), QStringLiteral("total"))
                                         .siblingAtColumn(VariablesModel::ValueColumn)
                                         .data()
                                         .toString() == QLatin1String("9"),
                                 30000);
        const QModelIndex scoresRow = model->find(model->scopeIndex(QStringLiteral("locals")), QStringLiteral("scores"));
        window.debugging()->debugDock()->variablesView()->expand(scoresRow);
        QTRY_VERIFY_WITH_TIMEOUT(model->find(scoresRow, QStringLiteral("'grace'")).isValid(), 30000);
        QCoreApplication::processEvents();
        const QString out = QStringLiteral(SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(out));
        const QString file = out + QStringLiteral("/debugger-paused.png");
        QVERIFY(window.grab().toImage().save(file));
        qInfo("wrote %s", qPrintable(file));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.action(QStringLiteral("actionStop"))->trigger();
        QVERIFY(finished.wait(20000));
    }

    // The server settings as a user without a keychain sees them (the plain-text warning), and the
    // status bar's connection indicator.
    void rendersRemoteSettings()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&settings, {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r")),
                                      std::make_shared<FakeSecretStore>(false)});
        window.resize(1200, 800);
        window.show();
        window.restoreSessionAndRecover();
        SettingsDialog *dialog = window.openSettings(true);
        dialog->targetBox()->setCurrentIndex(dialog->targetBox()->findData(int(ExecutionTarget::Remote)));
        dialog->serverUrlEdit()->setText(QStringLiteral("https://code-remote.example.org"));
        QTRY_VERIFY(dialog->tokenEdit()->isEnabled());
        dialog->tokenEdit()->setText(QStringLiteral("crs_0123456789abcdef"));
        window.connectionIndicator()->setConnectionState(remote::RemoteRunSession::ConnectionState::Connected);
        QCoreApplication::processEvents();

        const QString out = QStringLiteral(SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(out));
        const QImage image = dialog->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(out + QStringLiteral("/remote-settings.png")));
        const QImage status = window.statusBar()->grab().toImage();
        QVERIFY(status.save(out + QStringLiteral("/remote-status-bar.png")));
        qInfo("wrote %s/remote-settings.png and remote-status-bar.png", qPrintable(out));
        QVERIFY(dialog->tokenStorageNote()->text().contains(QStringLiteral("settings file")));
        dialog->close();
    }
};

CODE_REMOTE_TEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
