#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/ConsoleLine.h>
#include <app/InputHistory.h>
#include <app/OutputModel.h>
#include <app/RecoveryStore.h>
#include <app/SessionStore.h>
#include <app/TracebackParser.h>

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace app;

// The plain classes behind the window: parsing, output capping, history, stores and settings.
class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTracebackFrameLines()
    {
        const auto frame = TracebackParser::parseLine(u"  File \"/work/main.py\", line 12, in compute");
        QVERIFY(frame);
        QCOMPARE(frame->file, QStringLiteral("/work/main.py"));
        QCOMPARE(frame->line, 12);
        QCOMPARE(frame->function, QStringLiteral("compute"));
        QCOMPARE(frame->start, 2);
        QVERIFY(!TracebackParser::parseLine(u"print('File')"));
    }

    void collectsTracebacksSplitAcrossChunks()
    {
        TracebackParser parser;
        parser.feed(u"Traceback (most recent call last):\n  File \"/work/main.py\", line 5, in <module>\n    f()\n  Fi");
        parser.feed(u"le \"/work/main.py\", line 2, in f\n    return 1/0\n           ~^~\nZeroDivisionError: division by zero\n");
        parser.finish();
        QCOMPARE(parser.tracebacks().size(), 1);
        const Traceback &tb = parser.tracebacks().first();
        QCOMPARE(tb.frames.size(), 2);
        QCOMPARE(tb.frames.last().line, 2);
        QCOMPARE(tb.message, QStringLiteral("ZeroDivisionError: division by zero"));
    }

    void readsSyntaxErrorsWithoutTracebackHeader()
    {
        TracebackParser parser;
        parser.feed(u"  File \"/work/main.py\", line 3\n    print(\n         ^\nSyntaxError: '(' was never closed\n");
        parser.finish();
        QCOMPARE(parser.tracebacks().size(), 1);
        QCOMPARE(parser.tracebacks().first().frames.first().line, 3);
        QVERIFY(parser.tracebacks().first().message.startsWith(QStringLiteral("SyntaxError")));
    }

    void splitsChainedExceptions()
    {
        TracebackParser parser;
        parser.feed(u"Traceback (most recent call last):\n  File \"/work/main.py\", line 2, in <module>\nKeyError: 'a'\n\n"
                    u"During handling of the above exception, another exception occurred:\n\n"
                    u"Traceback (most recent call last):\n  File \"/work/main.py\", line 4, in <module>\nValueError: b\n");
        parser.finish();
        QCOMPARE(parser.tracebacks().size(), 2);
        QCOMPARE(parser.tracebacks().at(1).frames.first().line, 4);
        QCOMPARE(parser.tracebacks().at(1).message, QStringLiteral("ValueError: b"));
    }

    void outputModelKeepsOnlyTheTailPending()
    {
        OutputModel model(100);
        for (int i = 0; i < 1000; ++i)
            model.append(i % 2 ? OutputKind::Stderr : OutputKind::Stdout, QStringLiteral("line %1\n").arg(i));
        QCOMPARE(model.totalLines(), 1000);
        QCOMPARE(model.hiddenLines(), 900);
        const QList<OutputSegment> pending = model.takePending();
        int lines = 0;
        QString all;
        for (const OutputSegment &segment : pending) {
            lines += segment.text.count(QLatin1Char('\n'));
            all += segment.text;
        }
        QCOMPARE(lines, 100);
        QVERIFY(all.endsWith(QStringLiteral("line 999\n")));
        QVERIFY(all.startsWith(QStringLiteral("line 900\n")));
        QVERIFY(!model.hasPending());
    }

    void outputModelHandsOutBoundedBatches()
    {
        OutputModel model(1000);
        model.append(OutputKind::Stdout, QStringLiteral("a\nb\nc\n"));
        model.append(OutputKind::Stderr, QStringLiteral("d\ne\nf"));
        auto batch = model.takePending(2);
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch.first().text, QStringLiteral("a\nb\n"));
        batch = model.takePending(2);
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.at(0).text, QStringLiteral("c\n"));
        QCOMPARE(batch.at(1).text, QStringLiteral("d\n"));
        batch = model.takePending(2);
        QCOMPARE(batch.first().text, QStringLiteral("e\nf"));
        QVERIFY(!model.hasPending());
    }

    void outputModelMergesAdjacentSegmentsOfOneKind()
    {
        OutputModel model;
        model.append(OutputKind::Stdout, QStringLiteral("a"));
        model.append(OutputKind::Stdout, QStringLiteral("b\n"));
        model.append(OutputKind::Stderr, QStringLiteral("c"));
        const auto pending = model.takePending();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first().text, QStringLiteral("ab\n"));
        QCOMPARE(model.totalLines(), 2); // "c" is an unfinished line
    }

    void inputHistoryRecallsLinesAndTheDraft()
    {
        InputHistory history;
        history.add(QStringLiteral("one"));
        history.add(QStringLiteral("two"));
        QCOMPARE(history.previous(QStringLiteral("dra")), QStringLiteral("two"));
        QCOMPARE(history.previous(QStringLiteral("two")), QStringLiteral("one"));
        QCOMPARE(history.previous(QStringLiteral("one")), QStringLiteral("one"));
        QCOMPARE(history.next(), QStringLiteral("two"));
        QCOMPARE(history.next(), QStringLiteral("dra"));
    }

    void consoleLineEditsOnlyWhatWasTyped()
    {
        ConsoleLine line;
        line.backspace(); // nothing typed: nothing to remove (the prompt is not the line's)
        line.moveLeft();
        QCOMPARE(line.text(), QString());
        line.insert(QStringLiteral("ac"));
        line.moveLeft();
        line.insert(QStringLiteral("b"));
        QCOMPARE(line.text(), QStringLiteral("abc"));
        QCOMPARE(line.caret(), 2);
        line.deleteForward();
        line.moveHome();
        line.backspace();
        QCOMPARE(line.text(), QStringLiteral("ab"));
        line.moveEnd();
        line.insert(QString::fromUtf8("\xF0\x9F\x90\x8D")); // one character, two UTF-16 units
        line.backspace();
        QCOMPARE(line.text(), QStringLiteral("ab")); // never half a character
        QCOMPARE(line.take(), QStringLiteral("ab"));
        QCOMPARE(line.text(), QString());
        line.insert(QStringLiteral("dr"));
        line.recallPrevious();
        QCOMPARE(line.text(), QStringLiteral("ab"));
        QCOMPARE(line.caret(), 2);
        line.recallNext();
        QCOMPARE(line.text(), QStringLiteral("dr")); // the draft comes back
    }

    void sessionStoreRoundTripsAndDropsMissingFiles()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.py"));
        QFile(a).open(QIODevice::WriteOnly);
        SessionStore store(dir.filePath(QStringLiteral("session.json")));
        Session session;
        session.files = {{dir.filePath(QStringLiteral("gone.py")), 3, 1}, {a, 7, 5}};
        session.currentIndex = 1;
        QVERIFY(store.save(session));
        const Session loaded = store.load();
        QCOMPARE(loaded.files.size(), 1);
        QCOMPARE(loaded.files.first(), (SessionFile{a, 7, 5}));
        QCOMPARE(loaded.currentIndex, 0);
    }

    void recoveryStoreOffersOnlyWhatDeadInstancesLeft()
    {
        QTemporaryDir dir;
        RecoveryStore live(dir.path());
        QVERIFY(live.begin());
        QVERIFY(live.write({QStringLiteral("a"), QString(), QStringLiteral("Untitled 1"), QStringLiteral("x = 1"), QDateTime::currentDateTimeUtc()}));
        RecoveryStore other(dir.path());
        QVERIFY(other.begin());
        // A running instance's buffers are never offered to another one.
        QVERIFY(other.orphans().isEmpty());
        {
            RecoveryStore crashed(dir.path());
            QVERIFY(crashed.begin());
            crashed.write({QStringLiteral("b"), QStringLiteral("/tmp/b.py"), QStringLiteral("b.py"), QStringLiteral("y = 2"), QDateTime::currentDateTimeUtc()});
            // Going away without finish() is what a crash looks like.
        }
        const QList<RecoveryEntry> orphans = other.orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().text, QStringLiteral("y = 2"));
        QCOMPARE(orphans.first().path, QStringLiteral("/tmp/b.py"));
        other.discardOrphans();
        QVERIFY(other.orphans().isEmpty());
        live.finish();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }

    void recoveryStoreKeepsUnsavedBuffersFromOtherUsers()
    {
        // Unsaved text may hold secrets: its directories are the user's alone whatever the umask.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("recovery"));
        RecoveryStore store(root);
        QVERIFY(store.begin());
        QVERIFY(store.write({QStringLiteral("a"), QString(), QStringLiteral("Untitled 1"), QStringLiteral("key = 'x'"),
                             QDateTime::currentDateTimeUtc()}));
        const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
        const auto groupOrOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                   | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(root) & groupOrOthers, QFileDevice::Permissions());
        QVERIFY((QFile::permissions(root) & ownerOnly) == ownerOnly);
        const QStringList instances = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(instances.size(), 1);
        QCOMPARE(QFile::permissions(root + QLatin1Char('/') + instances.first()) & groupOrOthers,
                 QFileDevice::Permissions());
        store.finish();
    }

    void recoveryStoreTreatsALockOfADeadProcessAsStale()
    {
        QTemporaryDir dir;
        QString lockPath;
        QByteArray contents;
        {
            RecoveryStore crashed(dir.path());
            QVERIFY(crashed.begin());
            crashed.write({QStringLiteral("c"), QString(), QStringLiteral("Untitled 2"), QStringLiteral("z"), QDateTime::currentDateTimeUtc()});
            lockPath = QDir(dir.path()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot).first().filePath()
                       + QStringLiteral("/instance.lock");
            QFile lock(lockPath);
            QVERIFY(lock.open(QIODevice::ReadOnly));
            contents = lock.readAll();
        }
        // Put the lock back as a process that has since died would have left it (a real crash).
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted());
        const QByteArray deadPid = QByteArray::number(gone.processId());
        QVERIFY(gone.waitForFinished());
        contents.replace(0, contents.indexOf('\n'), deadPid);
        QFile rewrite(lockPath);
        QVERIFY(rewrite.open(QIODevice::WriteOnly));
        rewrite.write(contents);
        rewrite.close();

        RecoveryStore next(dir.path());
        QVERIFY(next.begin());
        QCOMPARE(next.orphans().size(), 1);
    }

    void settingsAnnounceChangesAndPersist()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            AppSettings settings(file);
            QSignalSpy theme(&settings, &AppSettings::themeChanged);
            QSignalSpy run(&settings, &AppSettings::runPreferencesChanged);
            settings.setTheme(ThemeChoice::Dark);
            settings.setTheme(ThemeChoice::Dark);
            QCOMPARE(theme.count(), 1);
            RunPreferences preferences = settings.runPreferences();
            // Locally the default is standard (issue 12, point 4); a chosen profile is kept. Saving
            // another setting does not pin the default: a server's default stays strict.
            QCOMPARE(preferences.profile, runner::Profile::Standard);
            RunPreferences remote = preferences;
            remote.target = ExecutionTarget::Remote;
            settings.setRunPreferences(remote);
            QCOMPARE(settings.runPreferences().profile, runner::Profile::Strict);
            RunPreferences local = settings.runPreferences();
            local.target = ExecutionTarget::Local;
            settings.setRunPreferences(local);
            QCOMPARE(settings.runPreferences().profile, runner::Profile::Standard);
            settings.setRunPreferences(remote);
            QCOMPARE(settings.runPreferences().profile, runner::Profile::Strict);
            settings.setRunPreferences(preferences);
            run.clear();
            preferences.profile = runner::Profile::Strict;
            preferences.timeoutSeconds = 5;
            settings.setRunPreferences(preferences);
            QCOMPARE(run.count(), 1);
            for (int i = 0; i < 15; ++i)
                settings.addRecentFile(QStringLiteral("/f%1.py").arg(i));
        }
        AppSettings reloaded(file);
        QCOMPARE(reloaded.theme(), ThemeChoice::Dark);
        QCOMPARE(reloaded.runPreferences().profile, runner::Profile::Strict);
        QCOMPARE(reloaded.runPreferences().policy().limits.wallMs, 5000);
        QCOMPARE(reloaded.recentFiles().size(), AppSettings::kMaxRecentFiles);
        QCOMPARE(reloaded.recentFiles().first(), QStringLiteral("/f14.py"));
    }
};

CODE_REMOTE_TEST_MAIN(TestModels)
#include "tst_models.moc"
