#include "ScriptedPrompts.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/EditorTabs.h>
#include <app/MainWindow.h>
#include <app/UnsavedChangesDialog.h>
#include <editor/CodeEditor.h>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace app;
using editor::CodeEditor;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// Answers the real unsaved-changes dialog when it opens (it is modal: its exec() runs its own event
// loop, in which this timer fires), by driving its widgets as a user would. Counts the dialogs shown.
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(std::function<void(UnsavedChangesDialog *)> answer)
        : m_answer(std::move(answer))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<UnsavedChangesDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_last)
                return;
            m_last = dialog;
            ++dialogs;
            m_answer(dialog);
        });
        m_timer.start();
    }

    int dialogs = 0;

private:
    std::function<void(UnsavedChangesDialog *)> m_answer;
    QPointer<UnsavedChangesDialog> m_last;
    QTimer m_timer;
};

} // namespace

// Point 11 of issue 12 through the real window and the real dialog: one question for all unsaved
// buffers with proper plural forms, and crash recovery that brings buffers back under their names.
class TestSavePrompts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    std::unique_ptr<MainWindow> makeWindow(std::unique_ptr<Prompts> prompts = nullptr)
    {
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")),
                              m_dir.filePath(QStringLiteral("recovery"))};
        auto window = std::make_unique<MainWindow>(m_settings.get(), storage);
        if (prompts)
            window->setPrompts(std::move(prompts));
        window->show();
        window->restoreSessionAndRecover();
        return window;
    }

    // Opens `count` files and types a line into each, so each tab has unsaved changes.
    QStringList openModifiedFiles(MainWindow *window, int count)
    {
        QStringList paths;
        for (int i = 1; i <= count; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("file%1.py").arg(i));
            writeFile(path, "old\n");
            CodeEditor *editor = window->openFile(path);
            editor->setAutoCompletionSource(QsciScintilla::AcsNone);
            editor->setCursorPosition(0, 0);
            QTest::keyClicks(editor->viewport(), QStringLiteral("new "));
            paths << path;
        }
        return paths;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void oneDialogListsEveryUnsavedFileAndSavesOnlyTheTickedOnes()
    {
        auto window = makeWindow();
        const QStringList paths = openModifiedFiles(window.get(), 8);
        QString question;
        QStringList listed;
        int titleRoom = -1;
        DialogAnswerer answerer([&](UnsavedChangesDialog *dialog) {
            question = dialog->questionLabel()->text();
            for (int i = 0; i < dialog->list()->count(); ++i)
                listed << dialog->list()->item(i)->text();
            titleRoom = dialog->width() - dialog->fontMetrics().horizontalAdvance(dialog->windowTitle());
            // Untick the second and the fifth file: with the keyboard, as a user would.
            dialog->list()->setFocus();
            for (int row : {1, 4}) {
                dialog->list()->setCurrentRow(row);
                QTest::keyClick(dialog->list(), Qt::Key_Space);
            }
            QTest::mouseClick(dialog->saveSelectedButton(), Qt::LeftButton);
        });
        QVERIFY(window->close());
        QCOMPARE(answerer.dialogs, 1);
        QCOMPARE(question, QStringLiteral("Save changes to 8 files before closing?"));
        QCOMPARE(listed.size(), 8);
        QCOMPARE(listed.first(), QStringLiteral("file1.py"));
        // The title has room beside the window manager's buttons.
        QVERIFY2(titleRoom >= 150, qPrintable(QString::number(titleRoom)));
        for (int i = 0; i < paths.size(); ++i) {
            const QByteArray expected = (i == 1 || i == 4) ? QByteArray("old\n") : QByteArray("new old\n");
            QCOMPARE(readFile(paths.at(i)), expected);
        }
    }

    void oneFileReadsInTheSingularAndDontSaveDiscards()
    {
        auto window = makeWindow();
        const QStringList paths = openModifiedFiles(window.get(), 1);
        QString question;
        bool listShown = true;
        QString saveText;
        DialogAnswerer answerer([&](UnsavedChangesDialog *dialog) {
            question = dialog->questionLabel()->text();
            listShown = dialog->list()->isVisible();
            saveText = dialog->saveAllButton()->text();
            QTest::mouseClick(dialog->discardAllButton(), Qt::LeftButton);
        });
        QVERIFY(window->closeDocument(window->currentEditor()));
        QCOMPARE(answerer.dialogs, 1);
        QCOMPARE(question, QStringLiteral("Save changes to 1 file before closing?"));
        QVERIFY(!listShown);
        QCOMPARE(saveText, QStringLiteral("&Save"));
        QCOMPARE(readFile(paths.first()), QByteArray("old\n"));
    }

    void escapeCancelsAndKeepsEveryBuffer()
    {
        auto window = makeWindow();
        const QStringList paths = openModifiedFiles(window.get(), 3);
        {
            DialogAnswerer answerer(
                [](UnsavedChangesDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
            QVERIFY(!window->close());
            QCOMPARE(answerer.dialogs, 1);
        }
        QVERIFY(window->isVisible());
        QCOMPARE(window->tabs()->count(), 3);
        for (CodeEditor *editor : window->tabs()->editors())
            QVERIFY(editor->isModified());
        for (const QString &path : paths)
            QCOMPARE(readFile(path), QByteArray("old\n"));
        // Save All then writes them all, still with one question.
        DialogAnswerer saver(
            [](UnsavedChangesDialog *dialog) { QTest::mouseClick(dialog->saveAllButton(), Qt::LeftButton); });
        QVERIFY(window->close());
        QCOMPARE(saver.dialogs, 1);
        for (const QString &path : paths)
            QCOMPARE(readFile(path), QByteArray("new old\n"));
    }

    void aCrashBringsBuffersBackUnderTheirNamesAndReopensTheFiles()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.py"));
        const QString b = m_dir.filePath(QStringLiteral("b.py"));
        writeFile(a, "a = 0\n");
        writeFile(b, "b = 0\n");
        {
            auto window = makeWindow(std::make_unique<ScriptedPrompts>());
            // Untitled 1 is the start's empty tab; Untitled 2 and 3 are typed into.
            window->newDocument()->setText(QStringLiteral("second = 2\n"));
            window->newDocument()->setText(QStringLiteral("third = 3\n"));
            QCOMPARE(window->tabs()->title(window->currentEditor()), QStringLiteral("Untitled 3"));
            window->openFile(a); // open, unchanged
            window->openFile(b)->setText(QStringLiteral("b = 1\n"));
            window->autosaveNow();
            // The window goes away without closing, as in a crash: no session saved at quit.
        }
        auto scripted = std::make_unique<ScriptedPrompts>();
        ScriptedPrompts *prompts = scripted.get();
        auto window = makeWindow(std::move(scripted));
        QVERIFY2(prompts->restoreOffered.contains(QStringLiteral("Untitled 2")),
                 qPrintable(prompts->restoreOffered.join(QLatin1Char(','))));
        QStringList titles;
        for (CodeEditor *editor : window->tabs()->editors())
            titles << window->tabs()->title(editor);
        QVERIFY2(titles.contains(QStringLiteral("Untitled 2")) &&
                     titles.contains(QStringLiteral("Untitled 3")),
                 qPrintable(titles.join(QLatin1Char(','))));
        for (CodeEditor *editor : window->tabs()->editors()) {
            const QString title = window->tabs()->title(editor);
            if (title == QStringLiteral("Untitled 2")) {
                QCOMPARE(editor->text(), QStringLiteral("second = 2\n"));
                QVERIFY(editor->isModified());
            } else if (title == QStringLiteral("Untitled 3")) {
                QCOMPARE(editor->text(), QStringLiteral("third = 3\n"));
            }
        }
        // The file that was open comes back although the session was never saved at a quit.
        CodeEditor *reopened = window->tabs()->editorForPath(a);
        QVERIFY(reopened);
        QCOMPARE(reopened->text(), QStringLiteral("a = 0\n"));
        QVERIFY(!reopened->isModified());
        // The modified file's buffer is back under its name and path, modified.
        CodeEditor *recovered = window->tabs()->editorForPath(b);
        QVERIFY(recovered);
        QCOMPARE(window->tabs()->title(recovered), QStringLiteral("b.py"));
        QCOMPARE(recovered->text(), QStringLiteral("b = 1\n"));
        QVERIFY(recovered->isModified());
        QCOMPARE(readFile(b), QByteArray("b = 0\n"));
        // A new buffer is numbered after the restored ones, never a second "Untitled 2".
        QCOMPARE(window->tabs()->title(window->newDocument()), QStringLiteral("Untitled 4"));
        prompts->unsavedAnswer = Prompts::UnsavedAnswer::Discard;
        QVERIFY(window->close());
    }
};

CODE_REMOTE_TEST_MAIN(TestSavePrompts)
#include "tst_saveprompts.moc"
