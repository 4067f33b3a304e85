#include "FakeRunSession.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <analysis/Analyzer.h>
#include <app/AnalysisController.h>
#include <app/AnalysisPanel.h>
#include <app/AnalysisPresenter.h>
#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include <app/MainWindow.h>
#include <app/MeasureControls.h>
#include <app/NewProgramMenu.h>
#include <app/SettingsDialog.h>
#include <app/SidePanels.h>
#include <app/TokenKeychain.h>
#include <editor/CodeEditor.h>
#include <editor/ComplexityMarkers.h>
#include <editor/EditorLanguages.h>

#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

#include <cmath>
#include <memory>

using namespace app;
using analysis::AnalysisResult;
using editor::CodeEditor;

namespace {

// A static result as the analyzer writes it: two functions, two risks, a nested loop.
const char kStaticJson[] = R"json({
  "status": "ok", "provider": "static", "time": "O(n^2)", "space": "O(n)", "confidence": 0.82,
  "explanation": "nested loops over the input dominate",
  "functions": [
    {"name": "pairs", "start_line": 4, "end_line": 9, "time": "O(n^2)", "space": "O(1)", "explanation": "two loops"},
    {"name": "total", "start_line": 11, "end_line": 12, "time": "O(n)", "space": "O(1)", "explanation": "one loop"}
  ],
  "risks": [
    {"kind": "blocking_input", "level": "low", "line": 14, "detail": "input() waits for the user"},
    {"kind": "system_command", "level": "high", "line": 2, "detail": "os.system runs a shell command"}
  ],
  "hot_loops": [
    {"start_line": 6, "end_line": 8, "cost": "O(n^2)", "depth": 2},
    {"start_line": 7, "end_line": 8, "cost": "O(n)", "depth": 1},
    {"start_line": 12, "end_line": 12, "cost": "O(n)", "depth": 1}
  ]
})json";

// A measured result: n log n timings with a little fixed overhead.
AnalysisResult empiricalResult()
{
    AnalysisResult result;
    result.provider = QStringLiteral("empirical");
    result.time = QStringLiteral("O(n log n)");
    result.space = QStringLiteral("O(n)");
    result.confidence = 0.9;
    result.explanation = QStringLiteral("measured at 6 sizes");
    result.fitted = QStringLiteral("O(n log n)");
    result.measuredFunction = QStringLiteral("sort_items");
    for (qint64 n : {1000, 2000, 4000, 8000, 16000, 32000})
        result.measurements.append({n, 2e-5 + 5e-8 * double(n) * std::log2(double(n))});
    return result;
}

AnalysisResult staticResult()
{
    return AnalysisResult::fromJson(QJsonDocument::fromJson(QByteArray(kStaticJson)).object());
}

const char kProgram[] = "import os\n"
                        "os.system('true')\n"
                        "\n"
                        "def pairs(items):\n"
                        "    count = 0\n"
                        "    for a in items:\n"
                        "        for b in items:\n"
                        "            count += a * b\n"
                        "    return count\n"
                        "\n"
                        "def total(items):\n"
                        "    return sum(x for x in items)\n"
                        "\n"
                        "name = input()\n";

// A program the real static analyzer can reason about: a quadratic double loop over the input.
const char kQuadraticProgram[] = "def count_pairs(xs):\n"
                                 "    n = len(xs)\n"
                                 "    c = 0\n"
                                 "    for i in range(n):\n"
                                 "        for j in range(n):\n"
                                 "            if xs[i] < xs[j]:\n"
                                 "                c += 1\n"
                                 "    return c\n"
                                 "\n"
                                 "n = int(input())\n"
                                 "print(count_pairs(list(range(n))))\n";

const char kLinearProgram[] = "n = int(input())\n"
                              "total = 0\n"
                              "for i in range(n):\n"
                              "    total += i\n"
                              "print(total)\n";

QPoint rowCentre(QTreeWidget *list, int row)
{
    return list->visualItemRect(list->topLevelItem(row)).center();
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QPointer<FakeRunSession> m_session;

    std::unique_ptr<MainWindow> makeWindow()
    {
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")),
                              m_dir.filePath(QStringLiteral("recovery"))};
        auto window = std::make_unique<MainWindow>(m_settings.get(), storage);
        window->setRunSessionFactory([this](QObject *parent) {
            auto *session = new FakeRunSession(parent);
            m_session = session;
            return session;
        });
        window->resize(1200, 800);
        window->show();
        window->restoreSessionAndRecover();
        return window;
    }

    // Waits for the window's analysis to deliver; the real analyzer runs the sandbox.
    static bool waitForAnalysis(MainWindow *window, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([window] { return !window->analysisController()->isRunning(); }, timeoutMs);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    // --- AnalysisPresenter ---------------------------------------------------------------------

    void presenterShowsBadgesProviderAndConfidence()
    {
        const AnalysisView view = AnalysisPresenter::present(staticResult());
        QVERIFY(view.ok);
        QCOMPARE(view.time.text, QStringLiteral("O(n^2)"));
        QCOMPARE(view.time.caption, QStringLiteral("Time"));
        QCOMPARE(view.time.severity, ComplexitySeverity::Poor);
        QCOMPARE(view.space.text, QStringLiteral("O(n)"));
        QCOMPARE(view.space.severity, ComplexitySeverity::Good);
        QCOMPARE(view.space.accessible, QStringLiteral("Space complexity: O(n)"));
        QCOMPARE(view.provider, QStringLiteral("Static analysis"));
        QCOMPARE(view.confidencePercent, 82);
        QCOMPARE(view.confidence, QStringLiteral("Confidence 82 %"));
        QCOMPARE(view.explanation, QStringLiteral("Nested loops over the input dominate"));
        QVERIFY(view.fallbackNotice.isEmpty());
        QVERIFY(view.plot.isEmpty());
    }

    void presenterNamesEveryProvider()
    {
        QCOMPARE(AnalysisPresenter::providerName(QStringLiteral("gemini")), QStringLiteral("Gemini"));
        QCOMPARE(AnalysisPresenter::providerName(QStringLiteral("static")),
                 QStringLiteral("Static analysis"));
        QCOMPARE(AnalysisPresenter::providerName(QStringLiteral("empirical")), QStringLiteral("Measured"));
    }

    void presenterRanksSeverityByClass()
    {
        QCOMPARE(AnalysisPresenter::severity(QStringLiteral("constant")), ComplexitySeverity::Good);
        QCOMPARE(AnalysisPresenter::severity(QStringLiteral("nlogn")), ComplexitySeverity::Fair);
        QCOMPARE(AnalysisPresenter::severity(QStringLiteral("cubic")), ComplexitySeverity::Bad);
        QCOMPARE(AnalysisPresenter::severity(QStringLiteral("exponential")), ComplexitySeverity::Bad);
        QCOMPARE(AnalysisPresenter::severity(QStringLiteral("unknown")), ComplexitySeverity::Unknown);
    }

    void presenterBuildsFunctionRowsWithLineRanges()
    {
        const AnalysisView view = AnalysisPresenter::present(staticResult());
        QCOMPARE(view.functions.size(), 2);
        QCOMPARE(view.functions[0].name, QStringLiteral("pairs"));
        QCOMPARE(view.functions[0].lines, QStringLiteral("4–9"));
        QCOMPARE(view.functions[0].time, QStringLiteral("O(n^2)"));
        QCOMPARE(view.functions[0].space, QStringLiteral("O(1)"));
        QCOMPARE(view.functions[0].line, 4);
        QCOMPARE(view.functions[0].toolTip, QStringLiteral("two loops"));
        QCOMPARE(view.functions[1].lines, QStringLiteral("11–12"));
    }

    void presenterListsRisksMostSeriousFirst()
    {
        const AnalysisView view = AnalysisPresenter::present(staticResult());
        QCOMPARE(view.risks.size(), 2);
        QCOMPARE(view.risks[0].level, analysis::RiskLevel::High);
        QCOMPARE(view.risks[0].levelText, QStringLiteral("High"));
        QCOMPARE(view.risks[0].lineText, QStringLiteral("2"));
        QCOMPARE(view.risks[0].kind, QStringLiteral("system command"));
        QCOMPARE(view.risks[0].detail, QStringLiteral("os.system runs a shell command"));
        QCOMPARE(view.risks[1].levelText, QStringLiteral("Low"));
        QCOMPARE(view.risks[1].line, 14);
        QCOMPARE(AnalysisPresenter::riskKindName(QStringLiteral("eval_exec")), QStringLiteral("eval / exec"));
    }

    void presenterShowsFallbackAndFailure()
    {
        AnalysisResult result = staticResult();
        result.fallbackReason =
            QStringLiteral("Gemini failed, so the offline analysis answered: quota exhausted");
        QCOMPARE(AnalysisPresenter::present(result).fallbackNotice, result.fallbackReason);

        const AnalysisView failed = AnalysisPresenter::present(
            AnalysisResult::failure(QStringLiteral("static"), QStringLiteral("syntax error")));
        QVERIFY(!failed.ok);
        QCOMPARE(failed.error, QStringLiteral("The analysis failed: syntax error"));
    }

    void presenterMarksOnlyTheCostliestLoops()
    {
        const QList<analysis::HotLoop> hottest = AnalysisPresenter::hottestLoops(staticResult());
        QCOMPARE(hottest.size(), 1);
        QCOMPARE(hottest[0].startLine, 6);
        QCOMPARE(hottest[0].endLine, 8);

        AnalysisResult constant;
        constant.hotLoops.append({3, 4, QStringLiteral("O(1)"), 1});
        QVERIFY(AnalysisPresenter::hottestLoops(constant).isEmpty());
    }

    void presenterPlotsMeasurementsAndTheFittedCurve()
    {
        const MeasurementPlot plot = AnalysisPresenter::plot(empiricalResult());
        QCOMPARE(plot.measured.size(), 6);
        QCOMPARE(plot.measured.first().x(), 1000.0);
        // Plotted in milliseconds.
        QVERIFY(qAbs(plot.measured.first().y() - (2e-5 + 5e-8 * 1000 * std::log2(1000.0)) * 1000) < 1e-9);
        QCOMPARE(plot.fittedLabel, QStringLiteral("fitted O(n log n)"));
        QVERIFY(plot.fitted.size() > 10);
        QCOMPARE(plot.fitted.first().x(), 1000.0);
        QCOMPARE(plot.fitted.last().x(), 32000.0);
        // The fitted curve passes through the (noise-free) measurements.
        QVERIFY2(
            qAbs(plot.fitted.last().y() - plot.measured.last().y()) / plot.measured.last().y() < 0.05,
            qPrintable(QStringLiteral("%1 vs %2").arg(plot.fitted.last().y()).arg(plot.measured.last().y())));
    }

    void presenterMasksTheApiKey()
    {
        QCOMPARE(AnalysisPresenter::redacted(QStringLiteral("bad key AIzaSecret123 rejected"),
                                             QStringLiteral("AIzaSecret123")),
                 QStringLiteral("bad key •••• rejected"));
        QCOMPARE(AnalysisPresenter::redacted(QStringLiteral("no key"), QString()), QStringLiteral("no key"));
    }

    // --- AnalysisPanel with canned results -----------------------------------------------------

    void panelShowsBadgesExplanationAndFallback()
    {
        AnalysisPanel panel;
        panel.resize(320, 900);
        panel.show();
        AnalysisResult result = staticResult();
        result.provider = QStringLiteral("static");
        result.fallbackReason = QStringLiteral("Gemini failed, so the offline analysis answered: no network");
        panel.setResult(result);
        QCOMPARE(panel.timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));
        QCOMPARE(panel.spaceBadgeLabel()->text(), QStringLiteral("O(n)"));
        QCOMPARE(panel.providerLabel()->text(), QStringLiteral("Static analysis · Confidence 82 %"));
        QCOMPARE(panel.explanationLabel()->text(), QStringLiteral("Nested loops over the input dominate"));
        QVERIFY(panel.fallbackLabel()->isVisible());
        QVERIFY(panel.fallbackLabel()->text().contains(QStringLiteral("no network")));
        QCOMPARE(panel.functionList()->topLevelItemCount(), 2);
        QCOMPARE(panel.functionList()->topLevelItem(0)->text(0), QStringLiteral("pairs"));
        QCOMPARE(panel.functionList()->topLevelItem(0)->text(1), QStringLiteral("4–9"));
        QCOMPARE(panel.riskList()->topLevelItemCount(), 2);
        QCOMPARE(panel.riskList()->topLevelItem(0)->text(0), QStringLiteral("High"));
        QVERIFY(!panel.chartView()->isVisible()); // no measurements, no plot

        result.fallbackReason.clear();
        panel.setResult(result);
        QVERIFY(!panel.fallbackLabel()->isVisible());
    }

    void functionRowClickJumpsToItsLine()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QString::fromLatin1(kProgram));
        editor->setCursorPosition(0, 0);
        window->analysisPanel()->setResult(staticResult());
        QTreeWidget *functions = window->analysisPanel()->functionList();
        QVERIFY(functions->isVisible());
        QTest::mouseClick(functions->viewport(), Qt::LeftButton, {}, rowCentre(functions, 1));
        QCOMPARE(editor->currentLine(), 11);
        QTest::mouseClick(functions->viewport(), Qt::LeftButton, {}, rowCentre(functions, 0));
        QCOMPARE(editor->currentLine(), 4);
    }

    void riskClickJumpsToItsLine()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QString::fromLatin1(kProgram));
        editor->setCursorPosition(0, 0);
        window->analysisPanel()->setResult(staticResult());
        QTreeWidget *risks = window->analysisPanel()->riskList();
        QVERIFY(risks->isVisible());
        QTest::mouseClick(risks->viewport(), Qt::LeftButton, {}, rowCentre(risks, 1));
        QCOMPARE(editor->currentLine(), 14);
        QTest::mouseClick(risks->viewport(), Qt::LeftButton, {}, rowCentre(risks, 0));
        QCOMPARE(editor->currentLine(), 2);
    }

    void chartHasMeasuredPointsAndFittedSeries()
    {
        AnalysisPanel panel;
        panel.resize(320, 900);
        panel.show();
        panel.setResult(empiricalResult());
        QVERIFY(panel.chartView()->isVisible());
        QCOMPARE(panel.measuredSeries()->count(), 6);
        QCOMPARE(panel.measuredSeries()->at(5).x(), 32000.0);
        QVERIFY(panel.fittedSeries()->count() > 10);
        QCOMPARE(panel.fittedSeries()->name(), QStringLiteral("fitted O(n log n)"));
        QCOMPARE(panel.providerLabel()->text(), QStringLiteral("Measured · Confidence 90 %"));

        // A static result afterwards hides the plot again.
        panel.setResult(staticResult());
        QVERIFY(!panel.chartView()->isVisible());
    }

    void progressIndicatorShowsWhileRunningAndHidesAfter()
    {
        AnalysisPanel panel;
        panel.show();
        QVERIFY(!panel.progressBar()->isVisible());
        panel.showStarted(QStringLiteral("empirical"));
        QVERIFY(panel.isBusy());
        QVERIFY(panel.progressBar()->isVisible());
        QCOMPARE(panel.progressBar()->maximum(), 0); // busy until a percentage arrives
        panel.showProgress(40, QStringLiteral("n = 4000"));
        QCOMPARE(panel.progressBar()->value(), 40);
        QCOMPARE(panel.progressLabel()->text(), QStringLiteral("n = 4000"));
        panel.addMeasuredPoint(1000, 0.002);
        QVERIFY(panel.chartView()->isVisible());
        QCOMPARE(panel.measuredSeries()->count(), 1);
        panel.setResult(empiricalResult());
        QVERIFY(!panel.isBusy());
        QVERIFY(!panel.progressBar()->isVisible());
    }

    void measureButtonAsksForMeasurement()
    {
        AnalysisPanel panel;
        panel.show();
        QSignalSpy measure(&panel, &AnalysisPanel::measureRequested);
        QSignalSpy analyze(&panel, &AnalysisPanel::analyzeRequested);
        QTest::mouseClick(panel.measureButton(), Qt::LeftButton);
        QTest::mouseClick(panel.analyzeButton(), Qt::LeftButton);
        QCOMPARE(measure.size(), 1);
        QCOMPARE(analyze.size(), 1);
    }

    void panelIsTheAnalysisDocksContent()
    {
        auto window = makeWindow();
        QCOMPARE(window->analysisDock()->contentWidget(), window->analysisPanel());
    }

    // --- Hot-loop markers ------------------------------------------------------------------------

    void hotLoopMarkersCoverTheLoopAndClearOnEdit()
    {
        CodeEditor editor;
        editor.setText(QString::fromLatin1(kProgram));
        editor::ComplexityMarkers *markers = editor.complexityMarkers();
        markers->setLoops({{6, 8, QStringLiteral("O(n^2)")}});
        QCOMPARE(markers->markedLines(), (QList<int>{6, 7, 8}));
        QVERIFY(editor.markersAtLine(5) & (1u << markers->marker()));
        QVERIFY(!(editor.markersAtLine(4) & (1u << markers->marker())));
        QCOMPARE(markers->toolTipAt(7), QStringLiteral("O(n^2) loop"));
        QVERIFY(markers->toolTipAt(3).isEmpty());
        // Shares the symbol margin with error markers.
        QVERIFY(editor.marginMarkerMask(1) & (1 << markers->marker()));
        editor.insert(QStringLiteral("# edit\n"));
        QVERIFY(markers->markedLines().isEmpty());
        QVERIFY(markers->loops().isEmpty());
    }

    // --- The real analyzer through the window ----------------------------------------------------

    void analyzeActionUpdatesBadgesAndMarksHotLoops()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QString::fromLatin1(kQuadraticProgram));
        AnalysisPanel *panel = window->analysisPanel();
        QSignalSpy finished(window->analysisController(), &AnalysisController::finished);
        window->action(QStringLiteral("actionAnalyze"))->trigger();
        QVERIFY(window->analysisController()->isRunning());
        QVERIFY(panel->progressBar()->isVisible());
        QVERIFY(waitForAnalysis(window.get()));
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<AnalysisResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));
        QCOMPARE(panel->providerLabel()->text().section(QStringLiteral(" · "), 0, 0),
                 QStringLiteral("Static analysis"));
        QVERIFY(!panel->progressBar()->isVisible());
        QVERIFY(panel->functionList()->topLevelItemCount() >= 1);
        QCOMPARE(panel->functionList()->topLevelItem(0)->text(0), QStringLiteral("count_pairs"));
        // The outer loop (lines 4-7) carries the quadratic cost.
        const QList<int> marked = editor->complexityMarkers()->markedLines();
        QVERIFY2(
            marked.contains(4) && marked.contains(7) && !marked.contains(2) && !marked.contains(10),
            qPrintable(
                QStringLiteral("marked: %1").arg(QVariant::fromValue(marked).toStringList().join(u','))));
        QCOMPARE(editor->complexityMarkers()->toolTipAt(4), QStringLiteral("O(n^2) loop"));
    }

    void ctrlShiftATriggersAnalysis()
    {
        auto window = makeWindow();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        CodeEditor *editor = window->currentEditor();
        editor->setText(QString::fromLatin1(kLinearProgram));
        editor->setFocus();
        QSignalSpy started(window->analysisController(), &AnalysisController::started);
        QTest::keyClick(editor->viewport(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(started.size(), 1);
        QCOMPARE(editor->text(), QString::fromLatin1(kLinearProgram)); // the keys did not reach the text
        QVERIFY(waitForAnalysis(window.get()));
        QCOMPARE(window->analysisPanel()->timeBadgeLabel()->text(), QStringLiteral("O(n)"));
        QCOMPARE(window->action(QStringLiteral("actionAnalyze"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    }

    void newerRequestDropsTheStaleOne()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        QSignalSpy finished(window->analysisController(), &AnalysisController::finished);
        editor->setText(QString::fromLatin1(kQuadraticProgram));
        window->analyzeCurrent();
        editor->setText(QString::fromLatin1(kLinearProgram));
        window->analyzeCurrent();
        QVERIFY(waitForAnalysis(window.get()));
        QTest::qWait(200); // a late answer to the first request would arrive now
        QVERIFY(!finished.isEmpty());
        QCOMPARE(finished.last().first().value<AnalysisResult>().time, QStringLiteral("O(n)"));
        QCOMPARE(window->analysisPanel()->timeBadgeLabel()->text(), QStringLiteral("O(n)"));
        QVERIFY(!window->analysisController()->isStale());
    }

    void editingAfterAnalysisClearsMarkersAndFlagsTheResultStale()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QString::fromLatin1(kQuadraticProgram));
        window->analyzeCurrent();
        QVERIFY(waitForAnalysis(window.get()));
        QVERIFY(!editor->complexityMarkers()->markedLines().isEmpty());
        QSignalSpy stale(window->analysisController(), &AnalysisController::staleChanged);
        editor->insert(QStringLiteral("# changed\n"));
        QVERIFY(editor->complexityMarkers()->markedLines().isEmpty());
        QCOMPARE(stale.size(), 1);
        QVERIFY(window->analysisController()->isStale());
    }

    void analysisFollowsARunWhenTheSettingIsOn()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QString::fromLatin1(kLinearProgram));
        QVERIFY(m_settings->analysisPreferences().analyzeAfterRun); // on by default
        QSignalSpy started(window->analysisController(), &AnalysisController::started);
        window->runCurrent();
        QVERIFY(m_session);
        runner::RunResult ok;
        ok.status = runner::RunStatus::Ok;
        m_session->finish(ok);
        QCOMPARE(started.size(), 1);
        QVERIFY(waitForAnalysis(window.get()));
        QCOMPARE(window->analysisPanel()->timeBadgeLabel()->text(), QStringLiteral("O(n)"));

        AnalysisPreferences preferences = m_settings->analysisPreferences();
        preferences.analyzeAfterRun = false;
        m_settings->setAnalysisPreferences(preferences);
        window->runCurrent();
        m_session->finish(ok);
        QCOMPARE(started.size(), 1);
    }

    // The panel takes every language the offline analyzer reads: a Java program goes through the JDK's
    // parser, C++ through libclang (python3-clang), then the same analyzer; the hot loop is marked at
    // the program's own lines.
    void compiledLanguagesAreAnalyzedOffline_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("parserInstalled");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("hotLine");
        QTest::newRow("java") << QStringLiteral("java")
                              << !QStandardPaths::findExecutable(QStringLiteral("javac")).isEmpty()
                              << QStringLiteral("import java.util.*;\npublic class Main {\n"
                                                "  public static void main(String[] args) {\n"
                                                "    Scanner sc = new Scanner(System.in);\n    int n = sc.nextInt();\n"
                                                "    int pairs = 0;\n"
                                                "    for (int i = 0; i < n; i++)\n"
                                                "      for (int j = 0; j < n; j++)\n"
                                                "        pairs += i ^ j;\n"
                                                "    System.out.println(pairs);\n  }\n}\n")
                              << 7;
        QTest::newRow("cpp") << QStringLiteral("cpp")
                             << QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/clang/cindex.py"))
                             << QStringLiteral("#include <bits/stdc++.h>\nusing namespace std;\nint main() {\n"
                                               "    int n; cin >> n;\n    long long pairs = 0;\n"
                                               "    for (int i = 0; i < n; i++)\n"
                                               "        for (int j = 0; j < n; j++)\n"
                                               "            pairs += i ^ j;\n"
                                               "    cout << pairs << endl;\n}\n")
                             << 6;
    }

    void compiledLanguagesAreAnalyzedOffline()
    {
        QFETCH(QString, language);
        QFETCH(bool, parserInstalled);
        QFETCH(QString, code);
        QFETCH(int, hotLine);
        if (!parserInstalled)
            QSKIP("the language's parser is not installed (scripts/packages/test.txt installs it)");
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setLanguage(editor::EditorLanguages::builtin().find(language));
        editor->setText(code);
        window->analyzeCurrent();
        QVERIFY(waitForAnalysis(window.get(), 120'000));
        const auto result = window->analysisController()->lastResult();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(window->analysisPanel()->timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));
        QVERIFY(editor->complexityMarkers()->markedLines().contains(hotLine));
    }

    void nonPythonFilesGetAClearMessage()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setLanguage(nullptr);
        editor->setText(QStringLiteral("just some notes"));
        window->analyzeCurrent();
        QVERIFY(!window->analysisController()->isRunning());
        QVERIFY(window->analysisController()->lastResult());
        QVERIFY(!window->analysisController()->lastResult()->ok());
        QVERIFY(!window->analysisPanel()->progressBar()->isVisible());
    }

    // Issue 15: Measure is offered for JavaScript and Java tabs and times their function through the
    // sandbox; for Java the harness is compiled with the program once and times the static method,
    // never the program's main (which would wait for input).
    void measuresATabThroughTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("code");
        QTest::newRow("javascript") << QStringLiteral("javascript") << QStringLiteral("node")
                                    << QStringLiteral("function total(a) {\n    let s = 0;\n"
                                                      "    for (const x of a) s += x * x;\n    return s;\n}\n"
                                                      "console.log(total([1, 2]));\n");
        QTest::newRow("java") << QStringLiteral("java") << QStringLiteral("javac")
                              << QStringLiteral("import java.util.*;\npublic class Solution {\n"
                                                "    static long total(int[] a) {\n        long s = 0;\n"
                                                "        for (int x : a) s += (long) x * x;\n        return s;\n    }\n"
                                                "    public static void main(String[] args) {\n"
                                                "        int n = new Scanner(System.in).nextInt();\n"
                                                "        System.out.println(total(new int[n]));\n    }\n}\n");
    }

    void measuresATabThroughTheWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, tool);
        QFETCH(QString, code);
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP("no node or JDK (scripts/packages/test.txt installs them)");
        auto window = makeWindow();
        auto *menu = window->findChild<NewProgramMenu *>();
        QVERIFY(menu);
        menu->actionFor(language)->trigger();
        CodeEditor *editor = window->currentEditor();
        editor->setText(code);
        window->measureCurrent();
        QVERIFY(waitForAnalysis(window.get(), 90'000));
        const auto result = window->analysisController()->lastResult();
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(result->provider, QStringLiteral("empirical"));
        QCOMPARE(result->measuredFunction, QStringLiteral("total"));
        QCOMPARE(result->fitted, QStringLiteral("O(n)"));
    }

    // Issue 15: a JavaScript tab's functions reach the Measure choices through its static analysis (its
    // parser, not a regular expression), and the one picked there is the one measured, not the first
    // function Automatic would take.
    void measuresTheFunctionPickedFromAnotherLanguagesAnalysis()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("no node (scripts/packages/test.txt installs it and node-acorn)");
        auto window = makeWindow();
        auto *menu = window->findChild<NewProgramMenu *>();
        QVERIFY(menu);
        menu->actionFor(QStringLiteral("javascript"))->trigger();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QStringLiteral("function count(s) {\n    return s.length;\n}\n"
                                       "function total(k, items) {\n    let s = 0;\n"
                                       "    for (const x of items) s += x * k;\n    return s;\n}\n"
                                       "console.log(count('ab'), total(2, [1, 2]));\n"));
        MeasureControls *controls = window->analysisPanel()->measureControls();
        // Automatic only until the parser has read it, and the box says so.
        QCOMPARE(controls->functionBox()->count(), 1);
        QVERIFY(controls->awaitingAnalysis());
        QVERIFY2(controls->functionBox()->toolTip().contains(QStringLiteral("Analyze")),
                 qPrintable(controls->functionBox()->toolTip()));
        window->analyzeCurrent();
        QVERIFY(waitForAnalysis(window.get(), 120'000));
        const auto analyzed = window->analysisController()->lastResult();
        QVERIFY(analyzed);
        QVERIFY2(analyzed->ok(), qPrintable(analyzed->error));

        QComboBox *function = controls->functionBox();
        QVERIFY(!controls->awaitingAnalysis());
        QCOMPARE(function->count(), 3);
        QCOMPARE(function->itemText(1), QStringLiteral("count(s)"));
        QCOMPARE(function->itemText(2), QStringLiteral("total(k, items)"));
        function->setCurrentIndex(function->findData(QStringLiteral("total")));
        QComboBox *size = controls->sizeBox();
        QVERIFY(size->isEnabled());
        size->setCurrentIndex(size->findData(QStringLiteral("items")));
        QCOMPARE(controls->sizeParameter(), QStringLiteral("items"));
        window->measureCurrent();
        QVERIFY(waitForAnalysis(window.get(), 120'000));
        const auto measured = window->analysisController()->lastResult();
        QVERIFY(measured);
        QVERIFY2(measured->ok(), qPrintable(measured->error));
        QCOMPARE(measured->provider, QStringLiteral("empirical"));
        QCOMPARE(measured->measuredFunction, QStringLiteral("total"));
        QVERIFY(!measured->measurements.isEmpty());
        // The choice survives the measurement: the functions still come from the tab's analysis.
        QCOMPARE(controls->function(), QStringLiteral("total"));
    }

    // Issue 18: a tab is told what the panel cannot do for it, and the Python tab beside it keeps its
    // own result (never shown for the other tab). Every language is analyzed offline and measured now,
    // so only a plain-text tab is left to be told.
    void otherLanguagesAreToldWhatTheAnalysisCanDo()
    {
        auto window = makeWindow();
        CodeEditor *python = window->currentEditor();
        python->setText(QString::fromLatin1(kQuadraticProgram));
        AnalysisPanel *panel = window->analysisPanel();
        window->analyzeCurrent();
        QVERIFY(waitForAnalysis(window.get()));
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));

        auto *menu = window->findChild<NewProgramMenu *>();
        QVERIFY(menu);
        menu->actionFor(QStringLiteral("python"))->trigger();
        CodeEditor *text = window->currentEditor();
        QVERIFY(text != python);
        text->setLanguage(nullptr);
        text->setText(QStringLiteral("a shopping list\n"));
        window->measureCurrent();
        QVERIFY(!window->analysisController()->isRunning());
        const auto result = window->analysisController()->lastResult();
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error.contains(QStringLiteral("plain text")) && result->error.contains(QStringLiteral("Java")),
                 qPrintable(result->error));
        const QLabel *shown = panel->findChild<QLabel *>(QStringLiteral("analysisError"));
        QVERIFY(shown && shown->isVisibleTo(panel));
        QCOMPARE(shown->text(), result->error);
        QVERIFY(panel->timeBadgeLabel()->text() != QStringLiteral("O(n^2)"));
        window->tabs()->setCurrentWidget(python);
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));
    }

    // --- Settings ----------------------------------------------------------------------------------

    void settingsStoreGeminiKeyModelAndAnalyzeAfterRun()
    {
        const AnalysisPreferences defaults = m_settings->analysisPreferences();
        QVERIFY(defaults.analyzeAfterRun);
        QVERIFY(defaults.geminiApiKey.isEmpty());
        QCOMPARE(defaults.geminiModel, QStringLiteral("gemini-flash-latest"));

        TokenKeychain tokens(m_settings.get(), std::make_shared<FakeSecretStore>());
        SettingsDialog dialog(m_settings.get(), &tokens);
        QCOMPARE(dialog.geminiKeyEdit()->echoMode(), QLineEdit::Password);
        QSignalSpy changed(m_settings.get(), &AppSettings::analysisPreferencesChanged);
        dialog.geminiKeyEdit()->setText(QStringLiteral("AIza-test-key"));
        dialog.geminiModelEdit()->setText(QStringLiteral("gemini-2.5-pro"));
        dialog.analyzeAfterRunBox()->setChecked(false);
        QVERIFY(changed.size() >= 3);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("geminiKeyNote"))
                    ->text()
                    .contains(QStringLiteral("stored")));

        AppSettings reread(m_settings->fileName());
        const AnalysisPreferences stored = reread.analysisPreferences();
        QCOMPARE(stored.geminiApiKey, QStringLiteral("AIza-test-key"));
        QCOMPARE(stored.geminiModel, QStringLiteral("gemini-2.5-pro"));
        QVERIFY(!stored.analyzeAfterRun);
    }

    void geminiSettingsReachTheAnalyzerAndTheKeyNeverShows()
    {
        AnalysisPreferences preferences;
        preferences.geminiApiKey = QStringLiteral("AIza-secret-0123456789");
        preferences.geminiModel = QStringLiteral("gemini-flash-latest");
        m_settings->setAnalysisPreferences(preferences);
        auto window = makeWindow();
        analysis::Analyzer *analyzer = window->analysisController()->analyzer();
        QVERIFY(analyzer->geminiEnabled());
        QCOMPARE(analyzer->geminiSettings().apiKey, preferences.geminiApiKey);
        // Point the client at a closed local port so the request fails at once, offline.
        analysis::GeminiSettings gemini = analyzer->geminiSettings();
        gemini.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        gemini.maxAttempts = 1;
        analyzer->setGeminiSettings(gemini);
        CodeEditor *editor = window->currentEditor();
        editor->setText(QString::fromLatin1(kLinearProgram));
        window->analyzeCurrent();
        QVERIFY(waitForAnalysis(window.get()));
        AnalysisPanel *panel = window->analysisPanel();
        QVERIFY(panel->fallbackLabel()->isVisible());
        QVERIFY(!panel->fallbackLabel()->text().contains(preferences.geminiApiKey));
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n)"));

        // Clearing the key switches Gemini off again.
        preferences.geminiApiKey.clear();
        m_settings->setAnalysisPreferences(preferences);
        QVERIFY(!analyzer->geminiEnabled());
    }
};

CODE_REMOTE_TEST_MAIN(TestAnalysis)
#include "tst_app_analysis.moc"
