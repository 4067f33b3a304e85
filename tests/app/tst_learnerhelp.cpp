#include "ScriptedPrompts.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include <app/FileBrowserDock.h>
#include <app/HelpController.h>
#include <app/MainWindow.h>
#include <app/ManualDialog.h>
#include <app/OutputPane.h>
#include <app/RecentFilesMenu.h>
#include <app/ShortcutsDialog.h>
#include <app/WelcomeDialog.h>
#include <editor/CodeEditor.h>
#include <runner/LocalRunSession.h>

#include <QAction>
#include <QCommandLinkButton>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace app;
using editor::CodeEditor;

namespace {
void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// What Thonny gives a learner, in Code Remote's real window: the welcome page with its examples, the
// keyboard shortcuts and the manual from the Help menu, the file browser and the recent files.
class TestLearnerHelp : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    ScriptedPrompts *m_prompts = nullptr;

    std::unique_ptr<MainWindow> makeWindow()
    {
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")),
                              m_dir.filePath(QStringLiteral("recovery"))};
        auto window = std::make_unique<MainWindow>(m_settings.get(), storage);
        auto prompts = std::make_unique<ScriptedPrompts>();
        prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
        m_prompts = prompts.get();
        window->setPrompts(std::move(prompts));
        window->resize(1200, 800);
        window->show();
        window->restoreSessionAndRecover();
        [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(window.get());
        return window;
    }

    // Presses a shortcut as the user would, with the keyboard focus in the editor.
    static void press(MainWindow *window, QKeyCombination key)
    {
        window->activateWindow();
        CodeEditor *editor = window->currentEditor();
        editor->setFocus();
        QTest::keyClick(editor->viewport(), key.key(), key.keyboardModifiers());
    }

    template<typename Dialog> static Dialog *shown(MainWindow *window)
    {
        for (Dialog *dialog : window->findChildren<Dialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    static QModelIndex waitForIndex(FileBrowserDock *dock, const QString &path)
    {
        // The model lists a folder in a thread of its own: wait until the entry is there and laid out.
        QModelIndex index;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            index = dock->model()->index(path);
            if (index.isValid() && dock->view()->visualRect(index).isValid())
                break;
            QTest::qWait(20);
        }
        return index;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void welcomePageShowsOnTheFirstStartOnlyAndFromHelp()
    {
        {
            auto window = makeWindow();
            QVERIFY(window->help()->showWelcomeOnFirstStart());
            WelcomeDialog *welcome = shown<WelcomeDialog>(window.get());
            QVERIFY(welcome);
            QCOMPARE(welcome->exampleButtons().size(), 3);
            // The two shortcuts that matter, as the actions have them.
            const QString shortcuts = welcome->shortcutsLabel()->text();
            QVERIFY2(shortcuts.contains(QStringLiteral("F5")) &&
                         shortcuts.contains(QStringLiteral("Ctrl+Shift+A")),
                     qPrintable(shortcuts));
            welcome->close();
            QVERIFY(window->close());
        }
        auto window = makeWindow();
        QVERIFY(!window->help()->showWelcomeOnFirstStart());
        QVERIFY(!shown<WelcomeDialog>(window.get()));
        // Help ▸ Welcome shows it again.
        press(window.get(), Qt::CTRL | Qt::SHIFT | Qt::Key_F1);
        QTRY_VERIFY(shown<WelcomeDialog>(window.get()));
        QVERIFY(window->close());
    }

    void eachExampleOpensInANewTab()
    {
        auto window = makeWindow();
        const QList<ExampleProgram> examples = WelcomeDialog::examples();
        QCOMPARE(examples.size(), 3);
        for (int i = 0; i < examples.size(); ++i) {
            WelcomeDialog *welcome = window->help()->showWelcome();
            const int tabsBefore = window->tabs()->count();
            QTest::mouseClick(welcome->exampleButtons().at(i), Qt::LeftButton);
            QCOMPARE(window->tabs()->count(), tabsBefore + 1);
            const QByteArray expected = resource(examples.at(i).resource);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(window->currentEditor()->text().toUtf8(), expected);
            // The page steps aside for the example.
            QTRY_VERIFY(!shown<WelcomeDialog>(window.get()));
        }
        // One per feature: input and loops, a complexity comparison, a program the sandbox stops.
        QVERIFY(resource(examples.at(0).resource).contains("input("));
        QVERIFY(resource(examples.at(1).resource).contains("def has_duplicate_linear"));
        QVERIFY(resource(examples.at(2).resource).contains("~/.ssh"));
        QVERIFY(window->close());
    }

    // The third example, run for real in the local sandbox under the standard profile (no Python guard,
    // only the OS layers): neither the SSH directory nor the network is reached.
    void theSandboxExampleIsStoppedForReal()
    {
        if (!QFileInfo::exists(runner::LocalRunSession::sandboxExecutable()))
            QSKIP("code-remote-sandbox is not built");
        qRegisterMetaType<runner::RunResult>();
        RunPreferences preferences = m_settings->runPreferences();
        preferences.profile = runner::Profile::Standard;
        preferences.timeoutSeconds = 30;
        m_settings->setRunPreferences(preferences);
        auto window = makeWindow();
        QTest::mouseClick(window->help()->showWelcome()->exampleButtons().at(2), Qt::LeftButton);
        QVERIFY(window->currentEditor()->text().contains(QStringLiteral("socket.create_connection")));
        QSignalSpy finished(window.get(), &MainWindow::runFinished);
        press(window.get(), Qt::Key_F5);
        QVERIFY(finished.wait(60000));
        window->outputPane()->flush();
        const QString output = window->outputPane()->text();
        // Every folder it looks in is out of reach, and the connection is refused by the sandbox (EACCES),
        // not merely unanswered.
        QCOMPARE(output.count(QStringLiteral("Could not read")), 3);
        QVERIFY2(!output.contains(QStringLiteral(" holds ")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("The network was refused - Permission denied")),
                 qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("Connected to")));
        QVERIFY(window->close());
    }

    void keyboardShortcutsListEveryActionAndFilter()
    {
        auto window = makeWindow();
        // Generated from the actions: a shortcut changed at run time is what the list shows.
        window->action(QStringLiteral("actionRun"))
            ->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_F9)});
        press(window.get(), Qt::CTRL | Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shown<ShortcutsDialog>(window.get())));
        QTreeWidget *list = dialog->list();
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) + QLatin1Char('=') + list->topLevelItem(i)->text(1);
        for (QAction *action : window->commands()) {
            if (action->shortcut().isEmpty())
                continue;
            const QString row = ShortcutsDialog::commandText(action) + QLatin1Char('=') +
                                action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(
                std::any_of(rows.cbegin(), rows.cend(), [&](const QString &r) { return r.startsWith(row); }),
                qPrintable(row));
        }
        QVERIFY(rows.contains(QStringLiteral("Run=F5, F9")));
        QVERIFY(rows.contains(QStringLiteral("Toggle Comment=Ctrl+/")));
        QVERIFY(rows.contains(QStringLiteral("Files=Ctrl+4")));

        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("comment"));
        QCOMPARE(dialog->visibleCommands(), QStringList{QStringLiteral("Toggle Comment")});
        dialog->searchEdit()->clear();
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("shift+f5"));
        QCOMPARE(dialog->visibleCommands(), QStringList{QStringLiteral("Stop")});
        dialog->searchEdit()->clear();
        QCOMPARE(dialog->visibleCommands().size(), list->topLevelItemCount());
        QVERIFY(window->close());
    }

    void manualOpensFromHelp()
    {
        auto window = makeWindow();
        press(window.get(), Qt::SHIFT | Qt::Key_F1);
        ManualDialog *manual = nullptr;
        QTRY_VERIFY((manual = shown<ManualDialog>(window.get())));
        const QString text = manual->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Running a program")) &&
                     text.contains(QStringLiteral("sandbox")),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("Ctrl+Shift+A")));
        QVERIFY(window->close());
    }

    void fileBrowserFollowsTheOpenFileOpensRenamesAndCreates()
    {
        const QString folder = m_dir.filePath(QStringLiteral("project"));
        const QString a = folder + QStringLiteral("/a.py");
        const QString b = folder + QStringLiteral("/b.py");
        writeFile(a, "a = 1\n");
        writeFile(b, "b = 2\n");
        auto window = makeWindow();
        FileBrowserDock *dock = window->fileBrowser();
        QVERIFY(dock->isVisible());
        window->openFile(a);
        QCOMPARE(dock->folder(), folder);

        // A double-click opens a file.
        QTreeView *view = dock->view();
        const QModelIndex bIndex = waitForIndex(dock, b);
        const QPoint bCentre = view->visualRect(bIndex).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, bCentre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, bCentre);
        QTRY_VERIFY(window->tabs()->editorForPath(b));
        QCOMPARE(window->currentEditor(), window->tabs()->editorForPath(b));

        // Rename the open a.py in place: the file moves and its tab follows.
        CodeEditor *aEditor = window->tabs()->editorForPath(a);
        view->setCurrentIndex(waitForIndex(dock, a));
        QTest::mouseClick(dock->renameButton(), Qt::LeftButton);
        auto *nameEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(nameEdit);
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("renamed.py"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        const QString renamed = folder + QStringLiteral("/renamed.py");
        QTRY_VERIFY(QFileInfo::exists(renamed));
        QVERIFY(!QFileInfo::exists(a));
        QCOMPARE(window->tabs()->filePath(aEditor), renamed);
        QCOMPARE(window->tabs()->title(aEditor), QStringLiteral("renamed.py"));

        // New File: created at once, named in place.
        QTest::mouseClick(dock->newFileButton(), Qt::LeftButton);
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/new_file.py")));
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        nameEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, QStringLiteral("hello.py"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_VERIFY(QFileInfo::exists(folder + QStringLiteral("/hello.py")));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/new_file.py")));
        // Named, it opens in a tab to be written.
        QTRY_VERIFY(window->tabs()->editorForPath(folder + QStringLiteral("/hello.py")));
        QCOMPARE(window->currentEditor(),
                 window->tabs()->editorForPath(folder + QStringLiteral("/hello.py")));

        // Ctrl+4 hides and shows it.
        press(window.get(), Qt::CTRL | Qt::Key_4);
        QTRY_VERIFY(!dock->isVisible());
        QVERIFY(window->close());
    }

    void recentFilesNameTheirFolderWhenNamesClashAndForgetMissingFiles()
    {
        const QString first = m_dir.filePath(QStringLiteral("one/main.py"));
        const QString second = m_dir.filePath(QStringLiteral("two/main.py"));
        const QString gone = m_dir.filePath(QStringLiteral("gone.py"));
        writeFile(first, "1\n");
        writeFile(second, "2\n");
        writeFile(gone, "3\n");
        auto window = makeWindow();
        for (const QString &path : {first, second, gone})
            QVERIFY(window->openFile(path));
        QFile::remove(gone);
        auto *menu = window->findChild<RecentFilesMenu *>();
        QVERIFY(menu);
        menu->rebuild();
        QList<QAction *> items = menu->actions();
        QVERIFY(items.size() >= 3);
        QCOMPARE(items.at(0)->text(), QStringLiteral("&1 gone.py"));
        QVERIFY(!items.at(0)->isEnabled()); // the file is gone
        QVERIFY2(
            items.at(1)->text().contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("two")))),
            qPrintable(items.at(1)->text()));
        QVERIFY(
            items.at(2)->text().contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("one")))));
        QVERIFY(menu->toolTipsVisible());
        QCOMPARE(items.at(1)->toolTip(), QDir::toNativeSeparators(second));

        // Opening a file that is gone says so and drops it from the list.
        QVERIFY(window->closeDocument(window->tabs()->editorForPath(gone)));
        QVERIFY(!window->openFile(gone));
        QCOMPARE(m_prompts->errors.size(), 1);
        QVERIFY(!m_settings->recentFiles().contains(gone));
        QCOMPARE(m_settings->recentFiles().size(), 2);

        // Choosing a recent file opens it.
        window->closeDocument(window->tabs()->editorForPath(first));
        QVERIFY(!window->tabs()->editorForPath(first));
        const QList<QAction *> now = menu->actions();
        auto chosen = std::find_if(now.cbegin(), now.cend(), [&](QAction *action) {
            return action->toolTip() == QDir::toNativeSeparators(first);
        });
        QVERIFY(chosen != now.cend());
        (*chosen)->trigger();
        QVERIFY(window->tabs()->editorForPath(first));
        QVERIFY(window->close());
    }
};

CODE_REMOTE_TEST_MAIN(TestLearnerHelp)
#include "tst_learnerhelp.moc"
