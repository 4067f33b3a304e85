// The class-data archive of the Java parser's JDK classes (analysis::JvmClassArchive): built once in
// the background by the real JDK, mapped by the parser's JVM inside the real sandbox (read-only, at
// /cache), rebuilt when damaged, and never able to break an analysis. Runs as root and, through
// tests/runner/run-unprivileged.sh, as an unprivileged user.

#include <analysis/JvmClassArchive.h>
#include <analysis/StaticAnalyzer.h>
#include <runner/LocalRunSession.h>
#include <runner/SandboxInfo.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>

using namespace analysis;

namespace {

constexpr int kBuildWaitMs = 240'000;

const QString kProgram = QStringLiteral("import java.util.*;\npublic class Main {\n"
                                        "  public static void main(String[] args) {\n"
                                        "    Scanner sc = new Scanner(System.in);\n"
                                        "    int n = sc.nextInt();\n    long[] a = new long[n];\n"
                                        "    for (int i = 0; i < n; i++) a[i] = sc.nextLong();\n"
                                        "    Arrays.sort(a);\n    System.out.println(a[0]);\n  }\n}\n");

bool sandboxAvailable()
{
    return QFileInfo::exists(runner::LocalRunSession::sandboxExecutable());
}

// One run of the Java parser through the sandbox, as StaticAnalyzer starts it, with the given cache and
// JVM options.
ScriptOutcome runParser(const QString &cache, const QString &options)
{
    SandboxScriptExecutor executor;
    ScriptRun run = StaticAnalyzer::parserRun(QStringLiteral("java"), kProgram.toUtf8());
    run.timeoutMs = 60'000;
    run.readOnlyCache = cache;
    if (!options.isEmpty()) {
        QString &all = run.environment[QLatin1String(JvmClassArchive::kOptionsVariable)];
        all += QLatin1Char(' ') + options;
    }
    QSignalSpy spy(&executor, &ScriptExecutor::finished);
    executor.start(run);
    if (!spy.wait(120'000))
        return {false, {}, {}, QStringLiteral("no answer"), 0};
    return spy.first().first().value<ScriptOutcome>();
}

QString describe(const ScriptOutcome &outcome)
{
    return outcome.message + QStringLiteral("\nstdout: ") + QString::fromUtf8(outcome.stdoutData.left(300))
           + QStringLiteral("\nstderr: ") + QString::fromUtf8(outcome.stderrData.left(1500));
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

} // namespace

class TestJvmClassArchive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_cache;

    void freshCache()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cache->isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache->path()));
    }

    std::optional<JvmClassArchive> archive()
    {
        return JvmClassArchive::forClassList(StaticAnalyzer::parserClassList(QStringLiteral("java")));
    }

    // Dumps the archive with the builder, as the first analysis does, and waits for it.
    bool build(JvmClassArchiveBuilder &builder, const JvmClassArchive &archive)
    {
        QSignalSpy finished(&builder, &JvmClassArchiveBuilder::buildFinished);
        const JvmClassArchiveBuilder::State state = builder.ensure(archive);
        if (state == JvmClassArchiveBuilder::State::Ready)
            return true;
        if (state != JvmClassArchiveBuilder::State::Started)
            return false;
        return finished.wait(kBuildWaitMs) && finished.first().at(1).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<analysis::ScriptOutcome>();
        qRegisterMetaType<analysis::AnalysisResult>();
        if (QStandardPaths::findExecutable(QStringLiteral("java")).isEmpty())
            QSKIP("no JDK (scripts/packages/test.txt installs it)");
        if (StaticAnalyzer::parserClassList(QStringLiteral("java")).isEmpty())
            QFAIL("the build has a JDK but shipped no class list for the Java parser");
    }

    void init() { freshCache(); }

    void classListNamesTheJdkClassesOnly()
    {
        const QByteArray list = StaticAnalyzer::parserClassList(QStringLiteral("java"));
        QVERIFY(list.contains("com/sun/tools/javac/parser/JavacParser\n"));
        QVERIFY(list.contains("java/lang/Object\n"));
        // The parser's own classes are not the JDK's: with them the archive would need its class path.
        QVERIFY(!list.contains("JavaTreeDump"));
        QVERIFY(StaticAnalyzer::parserClassList(QStringLiteral("javascript")).isEmpty());
    }

    void buildsTheArchiveOnceInTheBackground()
    {
        const std::optional<JvmClassArchive> first = archive();
        QVERIFY(first);
        QVERIFY(!first->entry().isReady());
        QVERIFY(first->directory().startsWith(m_cache->path() + QStringLiteral("/code-remote/jvm-cds/")));
        JvmClassArchiveBuilder builder;
        QSignalSpy finished(&builder, &JvmClassArchiveBuilder::buildFinished);
        QCOMPARE(builder.ensure(*first), JvmClassArchiveBuilder::State::Started);
        QCOMPARE(builder.ensure(*first), JvmClassArchiveBuilder::State::Building);
        // Another process's builder gives way to the lock this one holds.
        JvmClassArchiveBuilder other;
        QCOMPARE(other.ensure(*archive()), JvmClassArchiveBuilder::State::BuildingElsewhere);
        QVERIFY(finished.wait(kBuildWaitMs));
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(first->entry().isReady());
        QCOMPARE(builder.ensure(*first), JvmClassArchiveBuilder::State::Ready);
        QFile file(first->entry().filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(JvmClassArchive::looksLikeArchive(file.read(16)));
        // Readable through the mount by root's sandbox (nobody outside), writable by no one else.
        QVERIFY(file.permissions() & QFile::ReadOther);
        QVERIFY(!(file.permissions() & (QFile::WriteOther | QFile::WriteGroup)));
        QCOMPARE(QFileInfo(m_cache->path() + QStringLiteral("/code-remote/jvm-cds")).permissions()
                     & (QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup),
                 QFile::Permissions());
        // Nothing of the dump is left beside it.
        const QStringList left = QDir(m_cache->path() + QStringLiteral("/code-remote/jvm-cds"))
                                     .entryList({QStringLiteral(".scratch-*"), QStringLiteral(".staging-*")},
                                                QDir::AllEntries | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void dumpOutlivesTheBuilderThatStartedIt()
    {
        // code-remote-run ends with its analysis, long before a dump would: its builder's end neither
        // waits for the dump nor stops it. The dump holds the entry's lock until it ends, and the next
        // builder that takes the lock stores what it made.
        const std::optional<JvmClassArchive> cds = archive();
        QVERIFY(cds);
        {
            JvmClassArchiveBuilder builder;
            QCOMPARE(builder.ensure(*cds), JvmClassArchiveBuilder::State::Started);
        }
        QVERIFY(!cds->entry().isReady()); // nothing stored by the builder's end
        JvmClassArchiveBuilder next;
        QTRY_VERIFY_WITH_TIMEOUT(next.ensure(*cds) != JvmClassArchiveBuilder::State::BuildingElsewhere, kBuildWaitMs);
        QVERIFY(cds->entry().isReady());
        QCOMPARE(next.ensure(*cds), JvmClassArchiveBuilder::State::Ready);
        QVERIFY(!cds->entry().isLockedElsewhere());
        const QStringList left = QDir(m_cache->path() + QStringLiteral("/code-remote/jvm-cds"))
                                     .entryList({QStringLiteral(".scratch-*"), QStringLiteral("*.dumped")},
                                                QDir::AllEntries | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void failedDumpIsMarkedNotStored()
    {
        // A dump left by a process that ended, whose JDK failed (or was stopped half-way): never stored.
        const std::optional<JvmClassArchive> cds = archive();
        QVERIFY(cds);
        const QString dumped = cds->entry().directory() + QStringLiteral(".dumped");
        QVERIFY(QDir().mkpath(dumped));
        QFile status(dumped + QStringLiteral("/status"));
        QVERIFY(status.open(QIODevice::WriteOnly));
        status.write("124\n");
        status.close();
        QFile half(dumped + QLatin1Char('/') + QLatin1String(JvmClassArchive::kFileName));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(QByteArray::fromHex("a2ab0bf0") + QByteArray(4096, '\0'));
        half.close();
        JvmClassArchiveBuilder builder;
        QCOMPARE(builder.ensure(*cds), JvmClassArchiveBuilder::State::Unavailable);
        QVERIFY(!cds->entry().isReady());
        QVERIFY(cds->entry().failedWithin(60));
        QVERIFY(!QFileInfo::exists(dumped));
    }

    void scratchLeftByAKilledDumpIsRemovedLater()
    {
        // A dump killed with its builder (SIGKILL, a reboot) leaves its scratch directory; the next
        // one made in the area removes it once it is a day old, and leaves a recent one (a dump that
        // may still run) alone.
        const std::optional<JvmClassArchive> cds = archive();
        QVERIFY(cds);
        const QString stale = cds->entry().makeScratchDirectory();
        const QString recent = cds->entry().makeScratchDirectory();
        QVERIFY(!stale.isEmpty() && !recent.isEmpty());
        QFile leftover(stale + QStringLiteral("/classes.lst"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        const time_t dayAndAnHourAgo = ::time(nullptr) - runner::CacheEntry::kStaleScratchSeconds - 3600;
        const struct timespec times[2] = {{dayAndAnHourAgo, 0}, {dayAndAnHourAgo, 0}};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(stale).constData(), times, 0), 0);
        const QString fresh = cds->entry().makeScratchDirectory();
        QVERIFY(!fresh.isEmpty());
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(recent));
        QVERIFY(QFileInfo::exists(fresh));
        QDir(recent).removeRecursively();
        QDir(fresh).removeRecursively();
    }

    void parserMapsTheArchiveInTheSandbox()
    {
        if (!sandboxAvailable())
            QSKIP("code-remote-sandbox is not built");
        if (!runner::SandboxInfo::probe().isActive(QStringLiteral("user_namespace")))
            QSKIP("no user namespace here: the sandbox cannot show the archive, and the parser runs without it");
        const std::optional<JvmClassArchive> cds = archive();
        QVERIFY(cds);
        JvmClassArchiveBuilder builder;
        QVERIFY(build(builder, *cds));
        // -Xshare:on: the JVM refuses to start unless it maps the archive; the class-loading log says
        // where javac's classes came from (the JDK's default archive has none of them).
        const ScriptOutcome outcome = runParser(
            cds->directory(), JvmClassArchive::sandboxOptions() + QStringLiteral(" -Xshare:on -Xlog:class+load=info:stderr"));
        QVERIFY2(outcome.ok, qPrintable(describe(outcome)));
        QVERIFY2(outcome.stdoutData.startsWith("{\"t\":\"program\""), qPrintable(describe(outcome)));
        QVERIFY2(outcome.stderrData.contains("com.sun.tools.javac.parser.JavacParser source: shared objects file"),
                 qPrintable(describe(outcome)));
        // javac's parser alone (JavaTreeDump's DirectParser, with the exports StaticAnalyzer gives it):
        // the compiler around it (attribution, the class reader) is never made.
        QVERIFY2(!outcome.stderrData.contains("com.sun.tools.javac.comp.Attr source:"), qPrintable(describe(outcome)));
        QVERIFY2(!outcome.stderrData.contains("com.sun.tools.javac.main.JavaCompiler source:"),
                 qPrintable(describe(outcome)));

        // The analyzer takes it from here: a whole analysis with the archive ready.
        StaticAnalyzer analyzer;
        analyzer.setTimeoutMs(60'000);
        QSignalSpy spy(&analyzer, &StaticAnalyzer::finished);
        analyzer.analyze(kProgram, QStringLiteral("java"));
        QVERIFY(spy.wait(120'000));
        const AnalysisResult result = spy.first().first().value<AnalysisResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.timeClass(), QStringLiteral("nlogn"));
    }

    void firstAnalysisDoesNotWaitForTheArchive()
    {
        if (!sandboxAvailable())
            QSKIP("code-remote-sandbox is not built");
        StaticAnalyzer analyzer;
        analyzer.setTimeoutMs(60'000);
        QSignalSpy spy(&analyzer, &StaticAnalyzer::finished);
        analyzer.analyze(kProgram, QStringLiteral("java"));
        // The dump has started beside it (the shared builder), and the analysis answers without it.
        QVERIFY(JvmClassArchiveBuilder::shared().isBuilding());
        QVERIFY(spy.wait(120'000));
        QVERIFY2(spy.first().first().value<AnalysisResult>().ok(), qPrintable(spy.first().first().value<AnalysisResult>().error));
        QSignalSpy built(&JvmClassArchiveBuilder::shared(), &JvmClassArchiveBuilder::buildFinished);
        QVERIFY(!JvmClassArchiveBuilder::shared().isBuilding() || built.wait(kBuildWaitMs));
        QVERIFY(archive()->entry().isReady());
    }

    void damagedArchiveIsRebuiltNotUsed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("a changed byte in its classes") << QStringLiteral("middle");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("removed") << QStringLiteral("remove");
    }

    void damagedArchiveIsRebuiltNotUsed()
    {
        // The JVM checks an archive's header only: a damaged body crashes it (a truncated one with
        // SIGBUS) or fails its run, so a damaged archive must never reach a run.
        QFETCH(QString, damage);
        const std::optional<JvmClassArchive> cds = archive();
        QVERIFY(cds);
        JvmClassArchiveBuilder builder;
        QVERIFY(build(builder, *cds));
        const QString path = cds->entry().filePath();
        const qint64 size = QFileInfo(path).size();
        if (damage == QLatin1String("middle"))
            QVERIFY(overwrite(path, size / 2, QByteArray(4096, '\x5a')));
        else if (damage == QLatin1String("truncate"))
            QVERIFY(QFile::resize(path, size / 3));
        else
            QVERIFY(QFile::remove(path));
        QVERIFY(!cds->entry().isReady());
        QVERIFY(!QFileInfo::exists(path)); // removed, not handed on
        QVERIFY(build(builder, *cds));
        QVERIFY(cds->entry().isReady());
        QCOMPARE(QFileInfo(path).size(), size);
    }

    void foreignOrBrokenArchiveDoesNotBreakTheParser_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("another JVM's build") << QStringLiteral("foreign");
        QTest::newRow("not an archive") << QStringLiteral("garbage");
        QTest::newRow("missing") << QStringLiteral("missing");
    }

    void foreignOrBrokenArchiveDoesNotBreakTheParser()
    {
        // What reaches the JVM despite the checks (another JDK's archive under a stale key, a cache the
        // sandbox cannot show): -Xshare:auto falls back to loading the classes itself.
        QFETCH(QString, kind);
        if (!sandboxAvailable())
            QSKIP("code-remote-sandbox is not built");
        const std::optional<JvmClassArchive> cds = archive();
        QVERIFY(cds);
        JvmClassArchiveBuilder builder;
        QVERIFY(build(builder, *cds));
        QFile real(cds->entry().filePath());
        QVERIFY(real.open(QIODevice::ReadOnly));
        QByteArray content = real.readAll();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                              | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        if (kind == QLatin1String("foreign")) {
            // The header names the JVM that made it ("... Server VM (17.0.15+6-...)"): another build.
            const qsizetype at = content.indexOf("VM (");
            QVERIFY(at > 0 && at < 4096);
            content[at + 4] = content[at + 4] == '9' ? '8' : '9';
        } else if (kind == QLatin1String("garbage")) {
            content = QByteArray(1 << 20, '\x42');
        }
        if (kind != QLatin1String("missing")) {
            QFile file(dir.filePath(QLatin1String(JvmClassArchive::kFileName)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        }
        const ScriptOutcome outcome = runParser(dir.path(), JvmClassArchive::sandboxOptions());
        QVERIFY2(outcome.ok, qPrintable(describe(outcome)));
        QVERIFY2(outcome.stdoutData.startsWith("{\"t\":\"program\""), qPrintable(describe(outcome)));
    }
};

QTEST_GUILESS_MAIN(TestJvmClassArchive)
#include "tst_jvmclassarchive.moc"
