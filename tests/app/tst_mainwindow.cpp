#include "FakeRunSession.h"
#include "ScriptedPrompts.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include <app/FindBar.h>
#include <app/MainWindow.h>
#include <app/OutputPane.h>
#include <app/SidePanels.h>
#include <editor/CodeEditor.h>
#include <editor/EditorFeatures.h>

#include <Qsci/qscilexer.h>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>

using namespace app;

namespace {
// The pane shows output in timed batches; tests read it after showing everything waiting.
QString flushedOutput(app::MainWindow *window)
{
    window->outputPane()->flush();
    return window->outputPane()->text();
}
} // namespace
using editor::CodeEditor;

// The main window with a scripted run session: editing, running, input, tracebacks, prompts,
// recovery and session restore, all through the real widgets.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    QPointer<FakeRunSession> m_session;
    ScriptedPrompts *m_prompts = nullptr;

    std::unique_ptr<MainWindow> makeWindow()
    {
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")), m_dir.filePath(QStringLiteral("recovery"))};
        auto window = std::make_unique<MainWindow>(m_settings.get(), storage);
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        window->setPrompts(std::move(prompts));
        window->setRunSessionFactory([this](QObject *parent) {
            auto *session = new FakeRunSession(parent);
            m_session = session;
            return session;
        });
        window->show();
        window->restoreSessionAndRecover();
        return window;
    }

    static void typeInto(CodeEditor *editor, const QString &text)
    {
        editor->setFocus();
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QTest::keyClicks(editor->viewport(), line);
            if (&line != &text.split(QLatin1Char('\n')).last())
                QTest::keyClick(editor->viewport(), Qt::Key_Return);
        }
    }

    static bool closeWindow(MainWindow *window) { return window->close(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void typedCodeRunsAndOutputArrives()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        QVERIFY(editor);
        editor->setAutoCompletionSource(QsciScintilla::AcsNone); // no popup eating keys
        QTest::keyClicks(editor->viewport(), QStringLiteral("print('hi')"));
        QCOMPARE(editor->text(), QStringLiteral("print('hi')"));

        window->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(m_session);
        QCOMPARE(m_session->m_request.source, QByteArray("print('hi')"));
        QCOMPARE(m_session->m_request.language, QStringLiteral("python"));
        QVERIFY(m_session->m_request.keepStdinOpen);
        QVERIFY(!window->action(QStringLiteral("actionRun"))->isEnabled());
        QVERIFY(window->action(QStringLiteral("actionStop"))->isEnabled());

        m_session->print("hi\n");
        m_session->printError("warn\n");
        QTRY_VERIFY(flushedOutput(window.get()).contains(QStringLiteral("hi\nwarn")));
        runner::RunResult result;
        result.status = runner::RunStatus::Ok;
        result.exitCode = 0;
        result.wallMs = 12;
        result.peakMemoryKb = 8400;
        m_session->finish(result);
        const QString text = flushedOutput(window.get());
        QVERIFY2(text.contains(QStringLiteral("Finished · exit code 0")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("peak memory 8.2 MB")));
        QVERIFY(window->action(QStringLiteral("actionRun"))->isEnabled());
        QCOMPARE(window->runStateText(), QStringLiteral("Ready"));
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
    }

    void inputLineFeedsTheProgram()
    {
        m_settings->setSeparateInputLine(true); // the option; the console is the default
        auto window = makeWindow();
        QVERIFY(window->outputPane()->inputLine()->isVisible());
        window->currentEditor()->setText(QStringLiteral("name = input('name? ')"));
        window->runCurrent();
        m_session->print("name? ");
        InputLine *input = window->outputPane()->inputLine();
        QVERIFY(input->isEnabled());
        QTest::keyClicks(input, QStringLiteral("Ada"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(m_session->m_input, QByteArray("Ada\n"));
        QTRY_VERIFY(flushedOutput(window.get()).contains(QStringLiteral("name? Ada\n")));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("Ada"));
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QString());
        QTest::keyClick(input, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(m_session->m_inputClosed);
        m_session->finish({});
        QVERIFY(!input->isEnabled());
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
    }

    void stopEndsARunawayProgram()
    {
        auto window = makeWindow();
        window->currentEditor()->setText(QStringLiteral("while True: pass"));
        window->runCurrent();
        QCOMPARE(window->runStateText(), QStringLiteral("Running"));
        window->action(QStringLiteral("actionStop"))->trigger();
        QVERIFY(!window->runController()->isRunning());
        QVERIFY(flushedOutput(window.get()).contains(QStringLiteral("Stopped")));
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
    }

    void clickingATracebackJumpsToTheLineAndMarksIt()
    {
        auto window = makeWindow();
        CodeEditor *program = window->currentEditor();
        program->setText(QStringLiteral("def f():\n    return 1 / 0\n\nf()\n"));
        window->runCurrent();
        m_session->printError("Traceback (most recent call last):\n"
                              "  File \"/work/main.py\", line 4, in <module>\n    f()\n"
                              "  File \"/work/main.py\", line 2, in f\n    return 1 / 0\n"
                              "ZeroDivisionError: division by zero\n");
        runner::RunResult result;
        result.status = runner::RunStatus::RuntimeError;
        result.exitCode = 1;
        m_session->finish(result);
        QCOMPARE(program->errorMarkers()->lines(), QList<int>{2});
        QCOMPARE(program->errorMarkers()->messageAt(2), QStringLiteral("ZeroDivisionError: division by zero"));

        CodeEditor *other = window->newDocument();
        QCOMPARE(window->currentEditor(), other);
        window->outputPane()->flush();
        OutputView *view = window->outputPane()->view();
        QTextBlock block = view->document()->begin();
        while (block.isValid() && !block.text().contains(QStringLiteral("line 2, in f")))
            block = block.next();
        QVERIFY(block.isValid());
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + block.text().indexOf(QStringLiteral("File")) + 3);
        QSignalSpy activated(window->outputPane(), &OutputPane::tracebackActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(window->currentEditor(), program);
        QCOMPARE(program->currentLine(), 2);
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
    }

    void violationsAreListedAndJumpToTheirLine()
    {
        auto window = makeWindow();
        CodeEditor *program = window->currentEditor();
        program->setText(QStringLiteral("x = 1\nimport os\n"));
        window->runCurrent();
        runner::RunResult result;
        result.status = runner::RunStatus::SecurityViolation;
        result.violations = {{QStringLiteral("import"), QStringLiteral("import of 'os' is not allowed"), 2}};
        m_session->finish(result);
        ViolationsDock *dock = window->violationsDock();
        QCOMPARE(dock->count(), 1);
        QVERIFY(flushedOutput(window.get()).contains(QStringLiteral("Blocked by the strict profile")));
        QCOMPARE(program->errorMarkers()->lines(), QList<int>{2});
        program->setCursorPosition(0, 0);
        Q_EMIT dock->list()->itemActivated(dock->list()->topLevelItem(0), 0);
        QCOMPARE(program->currentLine(), 2);
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
    }

    void findAndReplaceWithARegularExpression()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QStringLiteral("print(a)\nprint(bb)\nprinter = 1\n"));
        window->action(QStringLiteral("actionReplace"))->trigger();
        FindBar *bar = window->findBar();
        QVERIFY(bar->isVisible());
        QTest::keyClicks(bar->findField(), QStringLiteral(R"(print\((\w+)\))"));
        QTest::keyClicks(bar->replaceField(), QStringLiteral("log(\\1)"));
        bar->regexBox()->setChecked(true);
        QVERIFY(bar->findNext());
        QCOMPARE(editor->selectedText(), QStringLiteral("print(a)"));
        QCOMPARE(bar->replaceAll(), 2);
        QCOMPARE(editor->text(), QStringLiteral("log(a)\nlog(bb)\nprinter = 1\n"));
        QVERIFY(bar->statusLabel()->text().contains(QLatin1Char('2')));
        bar->findField()->setText(QStringLiteral("(broken"));
        QVERIFY(!bar->findNext());
        QVERIFY(bar->statusLabel()->text().startsWith(QStringLiteral("Invalid expression")));
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
    }

    void unsavedChangesPromptGuardsCloseAndQuit()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setText(QStringLiteral("x = 1\n"));
        QVERIFY(editor->isModified());

        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Cancel;
        QVERIFY(!closeWindow(window.get()));
        QCOMPARE(m_prompts->unsavedAsked, 1);
        QVERIFY(window->isVisible());
        QVERIFY(!window->closeDocument(editor));
        QCOMPARE(window->tabs()->count(), 1);

        // Save: the untitled buffer asks for a name and is written before the window closes.
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Save;
        m_prompts->saveFileName = m_dir.filePath(QStringLiteral("saved.py"));
        QVERIFY(closeWindow(window.get()));
        QFile saved(m_prompts->saveFileName);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("x = 1\n"));
    }

    void closingAnUnmodifiedWindowAsksNothing()
    {
        auto window = makeWindow();
        QVERIFY(closeWindow(window.get()));
        QCOMPARE(m_prompts->unsavedAsked, 0);
    }

    void recoversUnsavedWorkAfterACrash()
    {
        const QString filePath = m_dir.filePath(QStringLiteral("kept.py"));
        {
            QFile file(filePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("original = True\n");
        }
        {
            auto window = makeWindow();
            window->currentEditor()->setText(QStringLiteral("typed = 'never saved'\n"));
            CodeEditor *fileEditor = window->openFile(filePath);
            QVERIFY(fileEditor);
            fileEditor->append(QStringLiteral("edited = True\n"));
            window->autosaveNow();
            // The window goes away without a clean close, exactly as in a crash.
        }
        auto window = makeWindow();
        QCOMPARE(m_prompts->restoreOffered.size(), 2);
        QStringList texts;
        for (CodeEditor *editor : window->tabs()->editors()) {
            texts << editor->text();
            QVERIFY(editor->isModified());
        }
        QVERIFY2(texts.contains(QStringLiteral("typed = 'never saved'\n")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("original = True\nedited = True\n")));
        CodeEditor *restoredFile = window->tabs()->editorForPath(filePath);
        QVERIFY(restoredFile);
        // Offered once: a third start finds nothing to recover.
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
        QVERIFY(closeWindow(window.get()));
        window.reset();
        auto third = makeWindow();
        QVERIFY(m_prompts->restoreOffered.isEmpty());
        QVERIFY(closeWindow(third.get()));
    }

    void reopensTheLastSessionWithCursorPositions()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.py"));
        const QString b = m_dir.filePath(QStringLiteral("b.py"));
        for (const QString &path : {a, b}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("one\ntwo\nthree\nfour\n");
        }
        {
            auto window = makeWindow();
            window->openFile(a)->setCursorPosition(2, 3);
            window->openFile(b)->setCursorPosition(1, 1);
            window->tabs()->setCurrentWidget(window->tabs()->editorForPath(a));
            QVERIFY(closeWindow(window.get()));
        }
        auto window = makeWindow();
        QCOMPARE(window->tabs()->count(), 2);
        CodeEditor *restored = window->tabs()->editorForPath(a);
        QCOMPARE(window->currentEditor(), restored);
        QCOMPARE(restored->currentLine(), 3);
        QCOMPARE(restored->currentColumn(), 4);
        QCOMPARE(window->tabs()->editorForPath(b)->currentLine(), 2);
        QVERIFY(m_settings->recentFiles().contains(a));
        QVERIFY(closeWindow(window.get()));
    }

    void aFloodOfOutputKeepsTheTailWithANotice()
    {
        auto window = makeWindow();
        window->currentEditor()->setText(QStringLiteral("for i in range(200000): print(i)"));
        window->runCurrent();
        for (int chunk = 0; chunk < 200; ++chunk) {
            QByteArray data;
            for (int i = chunk * 1000; i < (chunk + 1) * 1000; ++i)
                data += QByteArray::number(i) + '\n';
            m_session->print(data);
            QCoreApplication::processEvents();
        }
        runner::RunResult result;
        result.status = runner::RunStatus::Ok;
        result.exitCode = 0;
        m_session->finish(result);
        OutputPane *pane = window->outputPane();
        pane->flush();
        QVERIFY(pane->notice()->isVisible());
        QVERIFY(pane->notice()->text().contains(QStringLiteral("200,")));
        const QString text = pane->text();
        QVERIFY(text.contains(QStringLiteral("\n199999\n")));
        QVERIFY(!text.contains(QStringLiteral("\n1000\n")));
        QVERIFY(pane->view()->document()->blockCount() <= pane->model().maxLines() + 1);
        m_prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
    }

    void settingsApplyAtOnce()
    {
        auto window = makeWindow();
        CodeEditor *editor = window->currentEditor();
        m_settings->setTheme(ThemeChoice::Dark);
        QVERIFY(window->isDarkTheme());
        QCOMPARE(editor->lexer()->defaultPaper(), editor::EditorPalette::dark().paper);
        editor::EditorAppearance appearance = m_settings->editorAppearance();
        appearance.fontSize = 17;
        appearance.tabWidth = 2;
        m_settings->setEditorAppearance(appearance);
        QCOMPARE(editor->tabWidth(), 2);
        QCOMPARE(editor->lexer()->font(0).pointSize(), 17);
        window->action(QStringLiteral("actionWordWrap"))->trigger();
        QVERIFY(m_settings->editorAppearance().wordWrap);
        QCOMPARE(editor->wrapMode(), QsciScintilla::WrapWord);
        m_settings->setTheme(ThemeChoice::Light);
        QVERIFY(!window->isDarkTheme());
        QVERIFY(closeWindow(window.get()));
    }

    void everyActionHasAShortcutAndEveryControlAName()
    {
        auto window = makeWindow();
        // Ctrl+D lives in the input line; Continue has F5 only while a program is paused (Run has it otherwise).
        const QStringList noShortcut{QStringLiteral("actionSendEof"), QStringLiteral("actionContinue")};
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->objectName().startsWith(QStringLiteral("action")) && !noShortcut.contains(action->objectName()))
                QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        }
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QAbstractScrollArea *>(widget)) {
                if (!widget->isVisibleTo(window.get()) || widget->parentWidget()->inherits("QComboBox")
                    || widget->inherits("QDockWidgetTitleButton") || widget->inherits("QToolBarExtension")
                    || widget->inherits("QTabBar") || widget->parent()->inherits("QTabBar"))
                    continue;
                const bool named = !widget->accessibleName().isEmpty()
                                   || (qobject_cast<QAbstractButton *>(widget)
                                       && !qobject_cast<QAbstractButton *>(widget)->text().isEmpty())
                                   || (widget->inherits("QToolButton") && !widget->toolTip().isEmpty());
                QVERIFY2(named, qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                                       widget->objectName())));
            }
        }
        QVERIFY(closeWindow(window.get()));
    }
};

CODE_REMOTE_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
