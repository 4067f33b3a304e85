#include "FakeRunSession.h"
#include "ScriptedPrompts.h"
#include "TestEnvironment.h"

#include <app/AnalysisController.h>
#include <app/AnalysisPanel.h>
#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include <app/FindBar.h>
#include <app/MainWindow.h>
#include <app/OutputPane.h>
#include <app/Theme.h>
#include <app/WindowActions.h>
#include <editor/CodeEditor.h>
#include <editor/ComplexityMarkers.h>
#include <editor/EditorSearch.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>

using namespace app;
using editor::CodeEditor;

// What the window shows while the user works in the editor: every advertised shortcut reaching its
// command from the editor, the dark theme repainting what is already on screen, one zoom level for
// every editor and the output pane, tab switching, find highlights with "3 of 17", and Measure keeping
// the static analysis's markers and table. All through the real window, offscreen.
class TestAppView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QPointer<FakeRunSession> m_session;

    std::unique_ptr<MainWindow> makeWindow()
    {
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")), m_dir.filePath(QStringLiteral("recovery"))};
        auto window = std::make_unique<MainWindow>(m_settings.get(), storage);
        auto prompts = std::make_unique<ScriptedPrompts>();
        prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
        window->setPrompts(std::move(prompts));
        window->setRunSessionFactory([this](QObject *parent) {
            auto *session = new FakeRunSession(parent);
            m_session = session;
            return session;
        });
        window->show();
        window->restoreSessionAndRecover();
        window->activateWindow();
        [&] { QVERIFY(QTest::qWaitForWindowActive(window.get())); }();
        return window;
    }

    static CodeEditor *focusedEditor(MainWindow *window)
    {
        CodeEditor *editor = window->currentEditor();
        editor->setAutoCompletionSource(QsciScintilla::AcsNone);
        editor->setFocus(Qt::OtherFocusReason);
        return editor;
    }

    // The colour a character of the output is drawn in.
    static QColor colourAt(OutputPane *pane, const QString &text)
    {
        const int at = pane->text().indexOf(text);
        if (at < 0)
            return {};
        QTextCursor cursor(pane->view()->document());
        cursor.setPosition(at + 1);
        return cursor.charFormat().foreground().color();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    // --- Point 1: shortcuts from the editor -------------------------------------------------------

    void everyAdvertisedShortcutWorksFromTheEditor()
    {
        auto window = makeWindow();
        CodeEditor *editor = focusedEditor(window.get());
        editor->setText(QStringLiteral("x = 1\n"));
        int pressed = 0;
        // Generated from WindowActions' table: a new command with a key is pressed here too.
        for (const QString &name : WindowActions::names()) {
            QAction *action = window->action(name);
            QVERIFY2(action, qPrintable(name));
            // The test checks that the key reaches the command, not what the command does (Open and
            // Go to Line would wait in a modal dialog, Quit would close the window): the window's own
            // handlers are taken off, and a disabled command (Stop while nothing runs) switched on.
            QObject::disconnect(action, &QAction::triggered, window.get(), nullptr);
            action->setEnabled(true);
            for (const QKeySequence &key : action->shortcuts()) {
                editor->setFocus(Qt::OtherFocusReason);
                QVERIFY(editor->hasFocus());
                QSignalSpy triggered(action, &QAction::triggered);
                QTest::keySequence(editor, key);
                QVERIFY2(triggered.size() == 1,
                         qPrintable(QStringLiteral("%1 (%2) did not reach %3 from the editor")
                                        .arg(key.toString(QKeySequence::NativeText), action->text(), name)));
                ++pressed;
            }
        }
        QVERIFY(pressed >= 30);

        // The window's other commands with keys (dock toggles, run target) are advertised in the menus
        // too: they reach their action from the editor as well.
        for (QAction *action : window->findChildren<QAction *>()) {
            if (WindowActions::names().contains(action->objectName()) || action->shortcuts().isEmpty())
                continue;
            QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
            for (const QKeySequence &key : action->shortcuts()) {
                editor->setFocus(Qt::OtherFocusReason);
                QSignalSpy triggered(action, &QAction::triggered);
                QTest::keySequence(editor, key);
                QVERIFY2(triggered.size() == 1, qPrintable(QStringLiteral("%1 (%2) did not reach its action")
                                                               .arg(key.toString(QKeySequence::NativeText),
                                                                    action->text())));
                ++pressed;
            }
        }
        QVERIFY(pressed >= 36);
    }

    void ctrlSlashTogglesTheCommentInTheEditor()
    {
        auto window = makeWindow();
        CodeEditor *editor = focusedEditor(window.get());
        editor->setText(QStringLiteral("print('hi')\n"));
        editor->setCursorPosition(0, 5);
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(0).trimmed(), QStringLiteral("# print('hi')"));
        // The caret did not take Scintilla's "word part left" either.
        QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor->text(0).trimmed(), QStringLiteral("print('hi')"));
    }

    // --- Point 2: the theme repaints what is already shown ----------------------------------------

    void darkThemeRecoloursExistingOutputAndCallTips()
    {
        m_settings->setTheme(ThemeChoice::Light);
        auto window = makeWindow();
        OutputPane *pane = window->outputPane();
        pane->beginRun(QStringLiteral("Running demo"));
        pane->appendOutput(OutputKind::Stdout, QStringLiteral("plain output\n"));
        pane->appendOutput(OutputKind::Stderr, QStringLiteral("an error line\n"));
        pane->appendOutput(OutputKind::Input, QStringLiteral("typed input\n"));
        pane->finishRun(QStringLiteral("Finished demo"));
        pane->flush();
        const QStringList samples{QStringLiteral("plain output"), QStringLiteral("an error line"),
                                  QStringLiteral("typed input"), QStringLiteral("Finished demo"),
                                  QStringLiteral("Running demo")};
        for (const bool dark : {true, false, true}) {
            m_settings->setTheme(dark ? ThemeChoice::Dark : ThemeChoice::Light);
            QCOMPARE(window->isDarkTheme(), dark);
            // The application palette reaches the widgets by event.
            QTRY_COMPARE(pane->view()->palette().color(QPalette::Base), Theme::palette(dark).color(QPalette::Base));
            const QColor background = pane->view()->palette().color(QPalette::Base);
            for (const QString &sample : samples) {
                const QColor colour = colourAt(pane, sample);
                QVERIFY2(colour.isValid(), qPrintable(sample));
                const double ratio = Theme::contrastRatio(colour, background);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3, contrast %4")
                                                      .arg(sample, colour.name(), background.name())
                                                      .arg(ratio)));
            }
        }

        // The call tip is Scintilla's own popup: grab it and look at its pixels.
        CodeEditor *editor = focusedEditor(window.get());
        editor->setText(QStringLiteral("len("));
        editor->SendScintilla(QsciScintillaBase::SCI_CALLTIPSHOW, 4UL, "len(obj) -> number of items");
        QWidget *tip = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (QByteArray(widget->metaObject()->className()).contains("CallTip") && widget->isVisible())
                    tip = widget;
            return tip != nullptr;
        }());
        const QImage image = tip->grab().toImage();
        const QColor paper = image.pixelColor(image.width() - 3, image.height() / 2);
        QVERIFY2(paper.lightness() < 80, qPrintable(paper.name())); // not Scintilla's white
        QColor lightest = paper;
        for (int x = 0; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                if (image.pixelColor(x, y).lightness() > lightest.lightness())
                    lightest = image.pixelColor(x, y);
        QVERIFY2(Theme::contrastRatio(lightest, paper) >= 4.5, qPrintable(lightest.name() + paper.name()));
        editor->SendScintilla(QsciScintillaBase::SCI_CALLTIPCANCEL);
    }

    void findHighlightsFollowTheTheme()
    {
        m_settings->setTheme(ThemeChoice::Light);
        auto window = makeWindow();
        CodeEditor *editor = focusedEditor(window.get());
        editor->setText(QStringLiteral("a a a\n"));
        window->findBar()->showFind();
        QTest::keyClicks(window->findBar()->findField(), QStringLiteral("a"));
        const auto colour = [editor] {
            return QColor(QRgb(editor->SendScintilla(QsciScintillaBase::SCI_INDICGETFORE,
                                                     editor::EditorSearch::kIndicator)) & 0xffffff);
        };
        const QColor light = colour();
        m_settings->setTheme(ThemeChoice::Dark);
        QVERIFY(colour() != light);
        // Still marked after the restyle.
        QVERIFY(editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, editor::EditorSearch::kIndicator, 2L));
    }

    // --- Point 14: every match boxed, "3 of 17" ---------------------------------------------------

    void findBoxesEveryMatchAndCountsThem()
    {
        auto window = makeWindow();
        CodeEditor *editor = focusedEditor(window.get());
        QString text;
        for (int i = 0; i < 17; ++i)
            text += QStringLiteral("total = total + %1  # é\n").arg(i);
        editor->setText(text);
        editor->setCursorPosition(0, 0);
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = window->findBar();
        QVERIFY(bar->isVisible());
        QTest::keyClicks(bar->findField(), QStringLiteral("+"));
        // "%n match(es)": the English catalogue gives the plural form.
        QVERIFY2(bar->statusLabel()->text().startsWith(QStringLiteral("17 match")), qPrintable(bar->statusLabel()->text()));
        const auto marked = [editor]() -> QList<int> {
            QList<int> lines;
            const long length = editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
            for (long position = 0; position < length; ++position) {
                if (editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                          editor::EditorSearch::kIndicator, position)) {
                    int line = 0;
                    int index = 0;
                    editor->lineIndexFromPosition(int(position), &line, &index);
                    if (editor->text(line).mid(index, 1) != QStringLiteral("+"))
                        return {-1};
                    lines << line;
                }
            }
            return lines;
        };
        QCOMPARE(marked().size(), 17);
        for (int i = 1; i <= 3; ++i)
            QTest::keyClick(bar->findField(), Qt::Key_Return);
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("3 of 17"));
        QCOMPARE(editor->currentLine(), 3);
        QTest::keyClick(bar->findField(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("2 of 17"));
        QTest::keyClicks(bar->findField(), QStringLiteral("nothing"));
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("Not found"));
        QVERIFY(marked().isEmpty());
        bar->findField()->setText(QStringLiteral("+"));
        QCOMPARE(marked().size(), 17);
        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(marked().isEmpty());
    }

    // --- Point 10: one zoom level, tab switching --------------------------------------------------

    void zoomAppliesToEveryEditorAndTheOutputPane()
    {
        auto window = makeWindow();
        CodeEditor *first = focusedEditor(window.get());
        CodeEditor *second = window->newDocument();
        OutputPane *pane = window->outputPane();
        const qreal paneSize = pane->view()->font().pointSizeF();
        second->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(second, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(second, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(m_settings->zoom(), 2);
        QCOMPARE(int(first->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 2);
        QCOMPARE(int(second->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 2);
        QCOMPARE(pane->view()->font().pointSizeF(), paneSize + 2);
        CodeEditor *third = window->newDocument();
        QCOMPARE(int(third->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 2);
        third->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(third, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(int(first->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 1);
        QTest::keyClick(third, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_settings->zoom(), 0);
        QCOMPARE(pane->view()->font().pointSizeF(), paneSize);

        // Ctrl+wheel on one editor zooms them all.
        QWheelEvent wheel(QPointF(10, 10), first->viewport()->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(first->viewport(), &wheel);
        QVERIFY(m_settings->zoom() > 0);
        QCOMPARE(int(third->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), m_settings->zoom());

        // The level is kept for the next window.
        const int level = m_settings->zoom();
        window.reset();
        auto next = makeWindow();
        QCOMPARE(int(next->currentEditor()->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), level);
    }

    void ctrlPageUpAndDownSwitchTabs()
    {
        auto window = makeWindow();
        CodeEditor *first = window->currentEditor();
        CodeEditor *second = window->newDocument();
        CodeEditor *third = window->newDocument();
        QCOMPARE(window->currentEditor(), third);
        third->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(third, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window->currentEditor(), first); // wraps around
        window->currentEditor()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(window->currentEditor(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window->currentEditor(), third);
        window->currentEditor()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(window->currentEditor(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window->currentEditor(), second);
    }

    // --- Point 14: Measure keeps the static result's markers and table ----------------------------

    void measureKeepsLoopMarkersAndFunctionsTable()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QStringLiteral("def total(items):\n"
                                       "    s = 0\n"
                                       "    for x in items:\n"
                                       "        s += x\n"
                                       "    return s\n"
                                       "\n"
                                       "print(total(list(map(int, input().split()))))\n"));
        AnalysisController *analysis = window->analysisController();
        // (Called with the input's numbers: a literal list would make the loop constant, unmarked.)
        window->analyzeCurrent();
        QVERIFY(QTest::qWaitFor([analysis] { return !analysis->isRunning(); }, 60000));
        QVERIFY(analysis->lastResult() && analysis->lastResult()->ok());
        const QList<int> marked = editor->complexityMarkers()->markedLines();
        QVERIFY(!marked.isEmpty());
        QTreeWidget *functions = window->analysisPanel()->functionList();
        QVERIFY(functions->topLevelItemCount() >= 1);
        const QString row = functions->topLevelItem(0)->text(0);

        window->measureCurrent();
        // Still shown while the measurement runs...
        QCOMPARE(editor->complexityMarkers()->markedLines(), marked);
        QVERIFY(QTest::qWaitFor([analysis] { return !analysis->isRunning(); }, 150000));
        QVERIFY2(analysis->lastResult()->ok(), qPrintable(analysis->lastResult()->error));
        QCOMPARE(analysis->lastResult()->provider, QStringLiteral("empirical"));
        // ...and after it.
        QCOMPARE(editor->complexityMarkers()->markedLines(), marked);
        QVERIFY(functions->topLevelItemCount() >= 1);
        QCOMPARE(functions->topLevelItem(0)->text(0), row);
        QVERIFY(functions->isVisibleTo(window->analysisPanel()));
    }
};

CODE_REMOTE_TEST_MAIN(TestAppView)
#include "tst_app_view.moc"
