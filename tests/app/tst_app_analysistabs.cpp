#include "FakeRunSession.h"
#include "TestEnvironment.h"

#include <app/AnalysisController.h>
#include <app/AnalysisPanel.h>
#include <app/AnalysisTabs.h>
#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include <app/MainWindow.h>
#include <app/MeasureChoices.h>
#include <app/MeasureControls.h>
#include <editor/CodeEditor.h>

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabBar>
#include <QTreeWidget>

#include <memory>

using namespace app;
using analysis::AnalysisResult;
using editor::CodeEditor;

namespace {

const char kQuadratic[] = "def count_pairs(xs):\n"
                          "    c = 0\n"
                          "    for a in xs:\n"
                          "        for b in xs:\n"
                          "            if a < b:\n"
                          "                c += 1\n"
                          "    return c\n";

const char kLinear[] = "def total(xs):\n"
                       "    s = 0\n"
                       "    for x in xs:\n"
                       "        s += x\n"
                       "    return s\n";

const char kBinarySearch[] = "def helper(text):\n"
                             "    return text.lower()\n"
                             "\n"
                             "def binary_search(arr, target):\n"
                             "    lo, hi = 0, len(arr) - 1\n"
                             "    while lo <= hi:\n"
                             "        mid = (lo + hi) // 2\n"
                             "        if arr[mid] == target:\n"
                             "            return mid\n"
                             "        if arr[mid] < target:\n"
                             "            lo = mid + 1\n"
                             "        else:\n"
                             "            hi = mid - 1\n"
                             "    return -1\n"
                             "\n"
                             "print(binary_search([1, 3, 5], 3))\n";

} // namespace

// Issue 12, points 6 and 7: the analysis panel follows the current tab, names it and keeps each tab's
// result; Measure times a function of several parameters that the user picks, adding to what is shown.
class TestAnalysisTabs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    std::unique_ptr<MainWindow> makeWindow()
    {
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")),
                              m_dir.filePath(QStringLiteral("recovery"))};
        auto window = std::make_unique<MainWindow>(m_settings.get(), storage);
        window->setRunSessionFactory([](QObject *parent) { return new FakeRunSession(parent); });
        window->resize(1200, 800);
        window->show();
        window->restoreSessionAndRecover();
        return window;
    }

    static bool waitForAnalysis(MainWindow *window, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([window] { return !window->analysisController()->isRunning(); }, timeoutMs);
    }

    static void clickTab(MainWindow *window, int index)
    {
        QTabBar *bar = window->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        QCOMPARE(window->tabs()->currentIndex(), index);
    }

    static void pick(QComboBox *box, const QString &data)
    {
        // Through the keyboard, as a user would: Down until the entry is current.
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < box->count() && box->currentData().toString() != data; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentData().toString(), data);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void theMeasureChoicesComeFromTheProgram()
    {
        const QList<MeasurableFunction> functions = MeasureChoices::functionsIn(QStringLiteral(
            "def binary_search(arr, target):\n    pass\nclass A:\n    def method(self, x):\n        pass\n"
            "def two_sum(nums: list, target: int) -> list:\n    pass\ndef opt(a, b=2, *rest):\n    pass\n"
            "def none():\n    pass\n"));
        QCOMPARE(functions.size(), 3);
        QCOMPARE(functions.at(0).name, QStringLiteral("binary_search"));
        QCOMPARE(functions.at(0).parameters, (QStringList{QStringLiteral("arr"), QStringLiteral("target")}));
        QCOMPARE(functions.at(1).parameters, (QStringList{QStringLiteral("nums"), QStringLiteral("target")}));
        QCOMPARE(functions.at(2).parameters, QStringList{QStringLiteral("a")});
    }

    // Issue 15: another language's functions come from its static analysis, as the program names them:
    // in the program's order, with parameters, one per name, never main; one nested in another is
    // listed but not callable.
    void theMeasureChoicesOfOtherLanguagesComeFromTheirAnalysis()
    {
        AnalysisResult result;
        result.provider = QStringLiteral("static");
        const auto function = [](const char *name, int start, int end, QStringList parameters) {
            analysis::FunctionComplexity f;
            f.name = QString::fromLatin1(name);
            f.startLine = start;
            f.endLine = end;
            f.parameters = std::move(parameters);
            return f;
        };
        // In the analyzer's order (breadth first), not the program's.
        result.functions = {function("main", 30, 40, {QStringLiteral("args")}),
                            function("solve", 10, 20, {QStringLiteral("in"), QStringLiteral("set")}),
                            function("count", 2, 8, {QStringLiteral("items")}),
                            function("solve", 22, 25, {QStringLiteral("in")}),
                            function("helper", 12, 14, {QStringLiteral("x")}),
                            function("nothing", 26, 28, {})};
        const QList<MeasurableFunction> functions = MeasureChoices::functionsOf(result);
        QCOMPARE(functions.size(), 3);
        QCOMPARE(functions.at(0), (MeasurableFunction{QStringLiteral("count"), {QStringLiteral("items")}}));
        QCOMPARE(functions.at(1),
                 (MeasurableFunction{QStringLiteral("solve"), {QStringLiteral("in"), QStringLiteral("set")}}));
        QCOMPARE(functions.at(2).name, QStringLiteral("helper"));
        QVERIFY(!functions.at(2).measurable);
        QVERIFY2(MeasureChoices::toolTip(functions.at(2)).contains(QLatin1String("nested")),
                 qPrintable(MeasureChoices::toolTip(functions.at(2))));
        QVERIFY(MeasureChoices::functionsOf(AnalysisResult::failure(QStringLiteral("static"), QStringLiteral("x")))
                    .isEmpty());

        MeasureControls controls;
        controls.setFunctions(functions);
        QCOMPARE(controls.functionBox()->count(), 4); // Automatic and the three
        QCOMPARE(controls.functionBox()->itemText(2), QStringLiteral("solve(in, set)"));
        controls.functionBox()->setCurrentIndex(2);
        QCOMPARE(controls.function(), QStringLiteral("solve"));
        QCOMPARE(controls.sizeBox()->count(), 3);
        controls.sizeBox()->setCurrentIndex(controls.sizeBox()->findData(QStringLiteral("set")));
        QCOMPARE(controls.sizeParameter(), QStringLiteral("set"));
    }

    // Issue 15: what the analysis says Measure cannot call (a constructor, a method of a class made
    // only with arguments, a template) is listed disabled with the reason as its tooltip, and cannot be
    // picked; of two overloads, the one the harness calls is listed.
    void theMeasureChoicesDoNotOfferWhatMeasureCannotCall()
    {
        AnalysisResult result;
        result.provider = QStringLiteral("static");
        const auto function = [](const char *name, int line, const char *note) {
            analysis::FunctionComplexity f;
            f.name = QString::fromLatin1(name);
            f.startLine = f.endLine = line;
            f.parameters = QStringList{QStringLiteral("a")};
            f.measurable = !*note;
            f.measureNote = QString::fromLatin1(note);
            return f;
        };
        result.functions = {function("Box", 2, "a constructor"),
                            function("sum", 3, "a member of Box, which has no public constructor without parameters"),
                            function("over", 5, "a template"), function("over", 6, ""), function("total", 8, "")};
        const QList<MeasurableFunction> functions = MeasureChoices::functionsOf(result);
        QCOMPARE(functions.size(), 4);
        QVERIFY(!functions.at(0).measurable);
        QVERIFY(!functions.at(1).measurable);
        QCOMPARE(MeasureChoices::toolTip(functions.at(1)),
                 QStringLiteral("Measure cannot call sum(): a member of Box, which has no public constructor "
                                "without parameters"));
        QVERIFY(functions.at(2).measurable); // the overload at line 6
        QVERIFY(MeasureChoices::toolTip(functions.at(2)).isEmpty());
        QVERIFY(functions.at(3).measurable);

        MeasureControls controls;
        controls.setFunctions(functions);
        QComboBox *box = controls.functionBox();
        QCOMPARE(box->count(), 5);
        const auto enabled = [box](int row) { return bool(box->model()->flags(box->model()->index(row, 0)) & Qt::ItemIsEnabled); };
        QVERIFY(!enabled(1));
        QVERIFY(!enabled(2));
        QVERIFY(enabled(3));
        QVERIFY(enabled(4));
        QCOMPARE(box->itemData(2, Qt::ToolTipRole).toString(), MeasureChoices::toolTip(functions.at(1)));
        // The keyboard walks past the disabled ones.
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(controls.function(), QStringLiteral("over"));

        // A picked function the next analysis says Measure cannot call goes back to Automatic.
        QList<MeasurableFunction> later = functions;
        later[2].measurable = false;
        later[2].note = QStringLiteral("a template");
        controls.setFunctions(later);
        QCOMPARE(controls.function(), QString());
    }

    void thePanelFollowsTheCurrentTabAndNamesIt()
    {
        auto window = makeWindow();
        AnalysisPanel *panel = window->analysisPanel();
        CodeEditor *first = window->currentEditor();
        first->setText(QString::fromLatin1(kQuadratic));
        QTest::mouseClick(panel->analyzeButton(), Qt::LeftButton);
        QVERIFY(waitForAnalysis(window.get()));
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));
        const QString firstTitle = window->tabs()->title(first);
        QCOMPARE(panel->subjectLabel()->text(), QStringLiteral("Analysis of %1").arg(firstTitle));

        // A new tab has no result yet: the panel says nothing about the other file's code.
        window->action(QStringLiteral("actionNew"))->trigger();
        CodeEditor *second = window->currentEditor();
        QVERIFY(second != first);
        QVERIFY(!panel->result());
        QVERIFY(!panel->timeBadgeLabel()->isVisible());
        QCOMPARE(panel->subjectLabel()->text(), QStringLiteral("Analysis of %1").arg(window->tabs()->title(second)));
        second->setText(QString::fromLatin1(kLinear));
        QTest::mouseClick(panel->analyzeButton(), Qt::LeftButton);
        QVERIFY(waitForAnalysis(window.get()));
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n)"));

        // Back and forth with the tab bar: each tab's last result comes back with its name.
        clickTab(window.get(), window->tabs()->indexOf(first));
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));
        QCOMPARE(panel->subjectLabel()->text(), QStringLiteral("Analysis of %1").arg(firstTitle));
        QCOMPARE(panel->functionList()->topLevelItem(0)->text(0), QStringLiteral("count_pairs"));
        clickTab(window.get(), window->tabs()->indexOf(second));
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n)"));
        QCOMPARE(panel->functionList()->topLevelItem(0)->text(0), QStringLiteral("total"));
    }

    void measuresBinarySearchPickedInThePanel()
    {
        auto window = makeWindow();
        AnalysisPanel *panel = window->analysisPanel();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QString::fromLatin1(kBinarySearch));
        QTest::mouseClick(panel->analyzeButton(), Qt::LeftButton);
        QVERIFY(waitForAnalysis(window.get()));
        QVERIFY2(panel->result() && panel->result()->ok(), qPrintable(panel->result() ? panel->result()->error : QString()));
        const QString staticTime = panel->timeBadgeLabel()->text();
        const int functionRows = panel->functionList()->topLevelItemCount();
        QVERIFY(functionRows >= 2);

        // The choices follow the program once typing pauses.
        QTRY_VERIFY(panel->measureControls()->functionBox()->findData(QStringLiteral("binary_search")) > 0);
        pick(panel->measureControls()->functionBox(), QStringLiteral("binary_search"));
        pick(panel->measureControls()->sizeBox(), QStringLiteral("arr"));
        QTest::mouseClick(panel->measureButton(), Qt::LeftButton);
        QVERIFY(window->analysisController()->isRunning());
        QVERIFY(waitForAnalysis(window.get(), 60000));

        const auto result = panel->result();
        QVERIFY(result);
        QVERIFY2(result->fallbackReason.isEmpty(), qPrintable(result->fallbackReason));
        QCOMPARE(result->measuredFunction, QStringLiteral("binary_search"));
        QVERIFY(panel->chartView()->isVisible());
        QVERIFY(panel->measuredSeries()->count() >= 4);
        QVERIFY2(panel->explanationLabel()->text().contains(QStringLiteral("sorted list")),
                 qPrintable(panel->explanationLabel()->text()));
        // The static result stays: its badge and its functions table.
        QCOMPARE(panel->timeBadgeLabel()->text(), staticTime);
        QCOMPARE(panel->functionList()->topLevelItemCount(), functionRows);
    }

    void aFailedMeasureKeepsTheAnalysisShown()
    {
        auto window = makeWindow();
        AnalysisPanel *panel = window->analysisPanel();
        window->currentEditor()->setText(QString::fromLatin1(kQuadratic) +
                                         QStringLiteral("\ndef nothing(x):\n    pass\n"
                                                        "\ndef broken(xs):\n    return len(xs) // 0\n"));
        QTest::mouseClick(panel->analyzeButton(), Qt::LeftButton);
        QVERIFY(waitForAnalysis(window.get()));
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));
        // Issue 15: once analyzed, what Measure cannot call (nothing's x says not what to pass) is listed
        // disabled with the reason; a function it can call but that fails when called stays pickable.
        QComboBox *box = panel->measureControls()->functionBox();
        QTRY_VERIFY(box->findData(QStringLiteral("nothing")) > 0);
        const int nothing = box->findData(QStringLiteral("nothing"));
        QVERIFY(!(box->model()->flags(box->model()->index(nothing, 0)) & Qt::ItemIsEnabled));
        QVERIFY2(box->itemData(nothing, Qt::ToolTipRole).toString().contains(QLatin1String("the use of x")),
                 qPrintable(box->itemData(nothing, Qt::ToolTipRole).toString()));
        pick(box, QStringLiteral("broken"));
        QTest::mouseClick(panel->measureButton(), Qt::LeftButton);
        QVERIFY(waitForAnalysis(window.get(), 60000));
        QVERIFY(panel->timeBadgeLabel()->isVisible());
        QCOMPARE(panel->timeBadgeLabel()->text(), QStringLiteral("O(n^2)"));
        QVERIFY(panel->fallbackLabel()->isVisible());
        QVERIFY2(panel->fallbackLabel()->text().contains(QStringLiteral("Measure failed")),
                 qPrintable(panel->fallbackLabel()->text()));
        QVERIFY(panel->functionList()->topLevelItemCount() >= 1);
    }

    void combinedResultKeepsBoth()
    {
        AnalysisResult analysis;
        analysis.provider = QStringLiteral("static");
        analysis.time = QStringLiteral("O(log n)");
        analysis.explanation = QStringLiteral("halves the range");
        AnalysisResult measurement;
        measurement.provider = QStringLiteral("empirical");
        measurement.time = QStringLiteral("O(log n)");
        measurement.fitted = QStringLiteral("O(log n)");
        measurement.measuredFunction = QStringLiteral("binary_search");
        measurement.measurements = {{64, 1e-6}, {128, 1.1e-6}};
        measurement.explanation = QStringLiteral("Timed binary_search()");
        const auto shown = AnalysisTabs::combined(analysis, measurement);
        QCOMPARE(shown->provider, QStringLiteral("static"));
        QCOMPARE(shown->measurements.size(), 2);
        QCOMPARE(shown->measuredFunction, QStringLiteral("binary_search"));
        QCOMPARE(shown->explanation, QStringLiteral("halves the range\nTimed binary_search()"));
        QCOMPARE(AnalysisTabs::combined(std::nullopt, measurement)->provider, QStringLiteral("empirical"));
    }
};

CODE_REMOTE_TEST_MAIN(TestAnalysisTabs)
#include "tst_app_analysistabs.moc"
