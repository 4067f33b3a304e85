#include "ScriptedPrompts.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/DocumentController.h>
#include <app/EditorTabs.h>
#include <editor/CodeEditor.h>

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace app;
using editor::CodeEditor;

namespace {

// One window's worth of documents without the window: the tabs, the controller and its stores.
struct Documents
{
    EditorTabs tabs;
    DocumentController controller;
    ScriptedPrompts *prompts;

    Documents(AppSettings *settings, const QTemporaryDir &dir)
        : controller(&tabs, settings, dir.filePath(QStringLiteral("session.json")), dir.filePath(QStringLiteral("recovery")))
    {
        auto scripted = std::make_unique<ScriptedPrompts>();
        prompts = scripted.get();
        controller.setPrompts(std::move(scripted));
    }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// The recovery copies every instance has written (lock files aside).
int recoveryCopies(const QTemporaryDir &dir)
{
    int count = 0;
    QDirIterator it(dir.filePath(QStringLiteral("recovery")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!it.next().endsWith(QLatin1String(".lock")))
            ++count;
    }
    return count;
}

} // namespace

// The document lifecycle (DocumentController) on a bare EditorTabs: no main window involved.
class TestDocumentController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<editor::CodeEditor *>(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void savingAnUntitledBufferAsksForANameAndDropsItsRecoveryCopy()
    {
        Documents documents(m_settings.get(), m_dir);
        CodeEditor *editor = documents.controller.newDocument();
        editor->setText(QStringLiteral("x = 1\n"));
        documents.controller.autosaveNow();
        QCOMPARE(recoveryCopies(m_dir), 1);

        const QString path = m_dir.filePath(QStringLiteral("named.py"));
        documents.prompts->saveFileName = path;
        QSignalSpy saved(&documents.controller, &DocumentController::documentSaved);
        QVERIFY(documents.controller.save(editor));
        QCOMPARE(documents.prompts->saveAsked, 1);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(readFile(path), QByteArray("x = 1\n"));
        QVERIFY(!editor->isModified());
        QCOMPARE(documents.tabs.filePath(editor), path);
        QVERIFY(m_settings->recentFiles().contains(path));
        QCOMPARE(recoveryCopies(m_dir), 0);

        // A named file is saved where it is, without asking again.
        editor->append(QStringLiteral("y = 2\n"));
        QVERIFY(documents.controller.save(editor));
        QCOMPARE(documents.prompts->saveAsked, 1);
        QCOMPARE(readFile(path), QByteArray("x = 1\ny = 2\n"));
    }

    void aDeclinedSaveDialogSavesNothing()
    {
        Documents documents(m_settings.get(), m_dir);
        CodeEditor *editor = documents.controller.newDocument();
        editor->setText(QStringLiteral("x = 1\n"));
        QSignalSpy saved(&documents.controller, &DocumentController::documentSaved);
        QVERIFY(!documents.controller.save(editor, true));
        QCOMPARE(saved.count(), 0);
        QVERIFY(editor->isModified());
    }

    void cancellingTheUnsavedQuestionKeepsTheDocument()
    {
        Documents documents(m_settings.get(), m_dir);
        CodeEditor *editor = documents.controller.newDocument();
        editor->setText(QStringLiteral("x = 1\n"));
        documents.prompts->unsavedAnswer = Prompts::UnsavedAnswer::Cancel;
        QVERIFY(!documents.controller.closeDocument(editor));
        QVERIFY(!documents.controller.queryClose());
        QCOMPARE(documents.prompts->unsavedAsked, 2);
        QCOMPARE(documents.tabs.count(), 1);
        QCOMPARE(documents.tabs.currentEditor(), editor);
    }

    void closingTheLastDocumentLeavesAnEmptyOneButNotAtTheEnd()
    {
        Documents documents(m_settings.get(), m_dir);
        CodeEditor *first = documents.controller.newDocument();
        QVERIFY(documents.controller.closeDocument(first));
        QCOMPARE(documents.prompts->unsavedAsked, 0); // nothing typed, nothing asked
        QCOMPARE(documents.tabs.count(), 1);
        QVERIFY(documents.tabs.currentEditor() != first);
        // While the window closes, its last tab is not replaced.
        documents.controller.endSession();
        QVERIFY(documents.controller.closeDocument(documents.tabs.currentEditor()));
        QCOMPARE(documents.tabs.count(), 0);
    }

    void answeringSaveWritesEveryModifiedBufferBeforeClosing()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.py"));
        QFile file(a);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a = 0\n");
        file.close();
        Documents documents(m_settings.get(), m_dir);
        documents.controller.openFile(a)->setText(QStringLiteral("a = 1\n"));
        documents.controller.newDocument()->setText(QStringLiteral("b = 1\n"));
        documents.controller.newDocument(); // unmodified: neither named nor saved
        documents.prompts->unsavedAnswer = Prompts::UnsavedAnswer::Save;
        documents.prompts->saveFileName = m_dir.filePath(QStringLiteral("b.py"));
        QVERIFY(documents.controller.queryClose());
        QCOMPARE(documents.prompts->unsavedAsked, 1);
        QCOMPARE(documents.prompts->saveAsked, 1);
        QCOMPARE(readFile(a), QByteArray("a = 1\n"));
        QCOMPARE(readFile(m_dir.filePath(QStringLiteral("b.py"))), QByteArray("b = 1\n"));
    }

    void aSessionThatEndedCleanlyReopensItsFilesAndRecoversNothing()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.py"));
        const QString b = m_dir.filePath(QStringLiteral("b.py"));
        for (const QString &path : {a, b}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("one\ntwo\nthree\n");
        }
        {
            Documents documents(m_settings.get(), m_dir);
            documents.controller.restoreSessionAndRecover();
            documents.controller.openFile(a)->setCursorPosition(2, 1);
            documents.controller.openFile(b);
            documents.tabs.setCurrentWidget(documents.tabs.editorForPath(a));
            QVERIFY(documents.controller.queryClose());
            documents.controller.endSession();
        }
        QCOMPARE(recoveryCopies(m_dir), 0);
        Documents documents(m_settings.get(), m_dir);
        documents.controller.restoreSessionAndRecover();
        QVERIFY(documents.prompts->restoreOffered.isEmpty());
        QCOMPARE(documents.tabs.count(), 2);
        QCOMPARE(documents.tabs.currentEditor(), documents.tabs.editorForPath(a));
        QCOMPARE(documents.tabs.currentEditor()->currentLine(), 3);
    }

    void unsavedWorkOfAControllerThatNeverEndedIsOfferedBackOnce()
    {
        {
            Documents crashed(m_settings.get(), m_dir);
            crashed.controller.newDocument()->setText(QStringLiteral("typed = 'never saved'\n"));
            crashed.controller.newDocument(); // unmodified: nothing to recover
            crashed.controller.autosaveNow();
            // Destroyed without endSession(), as a crash leaves it.
        }
        {
            Documents documents(m_settings.get(), m_dir);
            documents.controller.restoreSessionAndRecover();
            QCOMPARE(documents.prompts->restoreOffered.size(), 1);
            CodeEditor *restored = documents.tabs.currentEditor();
            QCOMPARE(restored->text(), QStringLiteral("typed = 'never saved'\n"));
            QVERIFY(restored->isModified());
            // Written back at once to this instance's area, so a second crash keeps it too.
            QCOMPARE(recoveryCopies(m_dir), 1);
        }
        Documents third(m_settings.get(), m_dir);
        third.prompts->restoreAnswer = false;
        third.controller.restoreSessionAndRecover();
        QCOMPARE(third.prompts->restoreOffered.size(), 1); // the second instance's copy, once more
        Documents fourth(m_settings.get(), m_dir);
        fourth.controller.restoreSessionAndRecover();
        QVERIFY(fourth.prompts->restoreOffered.isEmpty()); // declined copies are gone
        QCOMPARE(fourth.tabs.count(), 1);                  // an empty document to type in
    }
};

CODE_REMOTE_TEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
