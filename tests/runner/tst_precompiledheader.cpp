// The precompiled <bits/stdc++.h> (runner::PrecompiledHeader, PrecompiledHeaderBuilder) in the local
// sandbox: built once, in the background, by one builder at a time; a program never waits for it and
// is correct without it; a damaged, partial or foreign header is rebuilt, never used. Run as root and,
// through run-unprivileged.sh, as an unprivileged user. Skipped without g++ (Debian package g++).

#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/PrecompiledHeader.h>
#include <runner/PrecompiledHeaderBuilder.h>
#include <runner/RunResult.h>
#include <runner/RunSession.h>
#include <runner/SandboxProtocol.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <unistd.h>

using namespace runner;

namespace {

// A build of <bits/stdc++.h> is ~5 s of CPU; on a loaded two-core machine several times that.
constexpr int kBuildWaitMs = 300'000;

// Sorts, and says what its compile and itself were shown of /pch: with the header "1 1 0", without "0 0 0".
const QByteArray kBitsProgram =
    "#include <bits/stdc++.h>\n#include <fcntl.h>\n#include <sys/statvfs.h>\n"
    "int main() {\n"
    "  std::vector<int> v{3, 1, 2}; std::sort(v.begin(), v.end());\n"
    "  int r = open(\"/pch/bits/stdc++.h.gch\", O_RDONLY);\n"
    "  int w = open(\"/pch/bits/stdc++.h.gch\", O_WRONLY);\n"
    "  struct statvfs fs {};\n"
    "  int ro = statvfs(\"/pch\", &fs) == 0 && (fs.f_flag & ST_RDONLY);\n"
    "  std::printf(\"%d%d%d pch %d %d %d\\n\", v[0], v[1], v[2], r >= 0, ro, w >= 0);\n"
    "}\n";
const QByteArray kWithHeader = "123 pch 1 1 0\n";
const QByteArray kWithoutHeader = "123 pch 0 0 0\n";

struct Run
{
    RunResult result;
    QList<RunPhase> phases;
    QString describe() const
    {
        QString diagnostics;
        for (const Diagnostic &d : result.diagnostics)
            diagnostics += QStringLiteral("[%1:%2 %3] ").arg(d.line).arg(d.column).arg(d.message);
        return QStringLiteral("status=%1 message=%2 diagnostics=%3 stdout=%4 stderr=%5")
            .arg(statusName(result.status), result.message, diagnostics, QString::fromUtf8(result.stdoutData),
                 QString::fromUtf8(result.stderrData.left(2000)));
    }
};

RunRequest bitsRequest()
{
    RunRequest request;
    request.language = QStringLiteral("cpp");
    // Each its own program: the compile cache serves none of them.
    request.source = kBitsProgram + "// " + QUuid::createUuid().toByteArray(QUuid::Id128) + "\n";
    request.policy.profile = Profile::Standard;
    return request;
}

// Starts a run; its result arrives in `run` (wait on `finished`).
std::unique_ptr<LocalRunSession> startBits(Run &run, std::unique_ptr<QSignalSpy> &finished)
{
    auto session = std::make_unique<LocalRunSession>();
    QObject::connect(session.get(), &RunSession::phaseChanged, session.get(), [&run](RunPhase phase) { run.phases.append(phase); });
    finished = std::make_unique<QSignalSpy>(session.get(), &RunSession::finished);
    session->start(bitsRequest());
    return session;
}

bool waitFor(QSignalSpy &finished, Run &run)
{
    if (finished.isEmpty() && !finished.wait(180'000))
        return false;
    run.result = finished.first().first().value<RunResult>();
    return true;
}

Run runBits()
{
    Run run;
    std::unique_ptr<QSignalSpy> finished;
    const auto session = startBits(run, finished);
    waitFor(*finished, run);
    return run;
}

const Language &cpp()
{
    return *LanguageRegistry::builtin().find(QStringLiteral("cpp"));
}

std::optional<PrecompiledHeader> headerOf(const RunRequest &request)
{
    return PrecompiledHeader::forProgram(request, cpp());
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()
                                          : QByteArray();
}

} // namespace

class PrecompiledHeaderTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_cache;
    // A cache holding one built header, copied into a test's fresh cache instead of building again.
    std::unique_ptr<QTemporaryDir> m_pristine;

    // A fresh cache with the c++17 header of `request` in it, built once for the whole suite. The copy
    // is a new file (another inode): the header's identity changed, so its content is checked again.
    void cacheWithHeader(const RunRequest &request)
    {
        if (!m_pristine) {
            freshCache();
            buildHeader(request);
            if (QTest::currentTestFailed())
                return;
            m_pristine = std::move(m_cache);
        }
        freshCache();
        QProcess copy;
        copy.start(QStringLiteral("cp"), {QStringLiteral("-a"), m_pristine->path() + QStringLiteral("/code-remote"),
                                          m_cache->path() + QLatin1Char('/')});
        QVERIFY(copy.waitForFinished(60'000) && copy.exitCode() == 0);
        QVERIFY(headerOf(request)->isReady());
    }

    // Each test starts with a cache of its own: no header built yet.
    void freshCache()
    {
        m_cache = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cache->isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache->path()));
    }
    // Builds the header with a builder of the test's own, and waits for it.
    void buildHeader(const RunRequest &request)
    {
        PrecompiledHeaderBuilder builder;
        QSignalSpy built(&builder, &PrecompiledHeaderBuilder::buildFinished);
        const std::optional<PrecompiledHeader> header = headerOf(request);
        QVERIFY(header);
        QCOMPARE(builder.ensure(*header, request, cpp()), PrecompiledHeaderBuilder::State::Started);
        QVERIFY(built.wait(kBuildWaitMs));
        QVERIFY(built.first().at(1).toBool());
        QVERIFY(header->isReady());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        if (const QString missing = cpp().missingToolchain(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
    }

    // Two first programs at once: both run at once, correct, and one header is built for both.
    void twoFirstProgramsAtOnceBuildOneHeader()
    {
        freshCache();
        PrecompiledHeaderBuilder &shared = PrecompiledHeaderBuilder::shared();
        const int before = shared.buildsStarted();
        QSignalSpy built(&shared, &PrecompiledHeaderBuilder::buildFinished);
        Run first, second;
        std::unique_ptr<QSignalSpy> firstDone, secondDone;
        const auto a = startBits(first, firstDone);
        const auto b = startBits(second, secondDone);
        // Another builder (another process, as far as the lock knows) gives way to the one building.
        PrecompiledHeaderBuilder other;
        const RunRequest request = bitsRequest();
        const std::optional<PrecompiledHeader> header = headerOf(request);
        QVERIFY(header);
        QCOMPARE(other.ensure(*header, request, cpp()), PrecompiledHeaderBuilder::State::BuildingElsewhere);
        QVERIFY(waitFor(*firstDone, first));
        QVERIFY(waitFor(*secondDone, second));
        for (const Run *run : {&first, &second}) {
            QVERIFY2(run->result.status == RunStatus::Ok, qPrintable(run->describe()));
            QVERIFY2(run->result.diagnostics.isEmpty(), qPrintable(run->describe()));
            QCOMPARE(run->phases, (QList<RunPhase>{RunPhase::Compiling, RunPhase::Running}));
        }
        QCOMPARE(shared.buildsStarted() - before, 1);
        QCOMPARE(other.buildsStarted(), 0);
        QVERIFY(built.count() > 0 || built.wait(kBuildWaitMs));
        QCOMPARE(built.count(), 1);
        QVERIFY(built.first().at(1).toBool());

        // One header, ready, in this user's 0700 cache; the next builder finds it ready.
        const QDir pch(m_cache->path() + QStringLiteral("/code-remote/pch"));
        QCOMPARE(pch.entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{header->key()});
        QVERIFY(QFileInfo(header->headerPath()).size() > 1024 * 1024);
        QCOMPARE(QFileInfo(pch.path()).permissions() & (QFile::ReadOther | QFile::ReadGroup | QFile::ExeOther | QFile::ExeGroup),
                 QFile::Permissions());
        QCOMPARE(other.ensure(*header, request, cpp()), PrecompiledHeaderBuilder::State::Ready);

        // The programs after it compile with it: shown read-only at /pch, and not a word from GCC.
        const Run later = runBits();
        QVERIFY2(later.result.status == RunStatus::Ok, qPrintable(later.describe()));
        QCOMPARE(later.result.stdoutData, kWithHeader);
        QVERIFY2(later.result.diagnostics.isEmpty(), qPrintable(later.describe()));
    }

    // While another builder holds the header's lock (builds it, in another process), a program does not
    // wait: it compiles without the header and is correct. The lock is still held when it ends.
    void programDoesNotWaitForABuildInProgress()
    {
        freshCache();
        const RunRequest request = bitsRequest();
        const std::optional<PrecompiledHeader> header = headerOf(request);
        QVERIFY(header);
        const int lock = header->tryLock();
        QVERIFY(lock >= 0);
        const Run run = runBits();
        QVERIFY2(run.result.status == RunStatus::Ok, qPrintable(run.describe()));
        QCOMPARE(run.result.stdoutData, kWithoutHeader);
        QVERIFY(header->isLockedElsewhere()); // the "build" never ended: nothing was waited for
        QVERIFY(!header->isReady());
        ::close(lock);

        // The same with a real build under way: the program runs beside it.
        PrecompiledHeaderBuilder builder;
        QSignalSpy built(&builder, &PrecompiledHeaderBuilder::buildFinished);
        QCOMPARE(builder.ensure(*header, request, cpp()), PrecompiledHeaderBuilder::State::Started);
        const Run beside = runBits();
        QVERIFY2(beside.result.status == RunStatus::Ok, qPrintable(beside.describe()));
        QVERIFY2(beside.result.stdoutData == kWithoutHeader || beside.result.stdoutData == kWithHeader,
                 qPrintable(beside.describe()));
        QVERIFY2(beside.result.diagnostics.isEmpty(), qPrintable(beside.describe()));
        QVERIFY(built.count() > 0 || built.wait(kBuildWaitMs));
        QVERIFY(built.first().at(1).toBool());
    }

    // A header changed after it was stored (one byte, cut short, replaced by junk) or whose sum names
    // other flags is not used: the program compiles without it, and it is built again.
    void damagedHeaderIsRebuiltNotUsed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("one byte") << QStringLiteral("byte");
        QTest::newRow("cut short") << QStringLiteral("truncate");
        QTest::newRow("other flags") << QStringLiteral("sum");
    }
    void damagedHeaderIsRebuiltNotUsed()
    {
        QFETCH(QString, damage);
        const RunRequest request = bitsRequest();
        cacheWithHeader(request);
        if (QTest::currentTestFailed())
            return;
        const std::optional<PrecompiledHeader> header = headerOf(request);
        const QString path = header->headerPath();
        const QString sumPath = header->directory() + QStringLiteral(".sum");
        if (damage == QLatin1String("sum")) {
            QFile sum(sumPath);
            QVERIFY(sum.open(QIODevice::ReadOnly));
            QByteArray text = sum.readAll();
            sum.close();
            QVERIFY(text.contains("-std=c++17"));
            text.replace("-std=c++17", "-std=c++20");
            QVERIFY(sum.open(QIODevice::WriteOnly | QIODevice::Truncate));
            sum.write(text);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (damage == QLatin1String("byte")) {
                QVERIFY(file.seek(file.size() / 2));
                const char byte = file.peek(1).at(0);
                QVERIFY(file.putChar(char(byte ^ 0x5a)));
            } else {
                QVERIFY(file.resize(file.size() / 3)); // what a build killed half-way through writing leaves
            }
        }
        const QByteArray damaged = sha256(path);

        QSignalSpy built(&PrecompiledHeaderBuilder::shared(), &PrecompiledHeaderBuilder::buildFinished);
        const Run run = runBits();
        QVERIFY2(run.result.status == RunStatus::Ok, qPrintable(run.describe()));
        QCOMPARE(run.result.stdoutData, kWithoutHeader);
        QVERIFY2(run.result.diagnostics.isEmpty(), qPrintable(run.describe())); // -Winvalid-pch said nothing
        QVERIFY(built.count() > 0 || built.wait(kBuildWaitMs));
        QVERIFY(built.first().at(1).toBool());
        QVERIFY(header->isReady());
        QVERIFY(sha256(path) != damaged);
        QFile sum(sumPath);
        QVERIFY(sum.open(QIODevice::ReadOnly));
        QCOMPARE(sum.readLine().trimmed(), sha256(path));
        const Run again = runBits();
        QCOMPARE(again.result.stdoutData, kWithHeader);
    }

    // What a build hands back is stored only when it is a precompiled header of GCC's.
    void storeRefusesWhatIsNotAHeader()
    {
        freshCache();
        const std::optional<PrecompiledHeader> header = headerOf(bitsRequest());
        QVERIFY(header);
        QVERIFY(!header->store(QByteArray()));
        QVERIFY(!header->store(QByteArray("#!/bin/sh\nrm -rf ~\n")));
        QVERIFY(!header->isReady());
        QVERIFY(!QFileInfo::exists(header->headerPath()));
    }

    // Each -std has its own header: a c++20 program is not shown the c++17 one, and gets its own.
    void eachStandardHasItsOwnHeader()
    {
        RunRequest cxx17 = bitsRequest();
        cacheWithHeader(cxx17);
        if (QTest::currentTestFailed())
            return;
        RunRequest cxx20 = bitsRequest();
        cxx20.languageStandard = QStringLiteral("c++20");
        const std::optional<PrecompiledHeader> header20 = headerOf(cxx20);
        QVERIFY(header20);
        QVERIFY(header20->key() != headerOf(cxx17)->key());
        QVERIFY(!header20->isReady());
        QString error;
        const QByteArray encoded = encodeSandboxRequest(cxx20, cpp(), error);
        QVERIFY(!encoded.contains("-I/pch"));
        // A standard the language does not have gets no header (its run is refused before compiling).
        RunRequest unknown = bitsRequest();
        unknown.languageStandard = QStringLiteral("c++98 -include /etc/passwd");
        QVERIFY(!headerOf(unknown));
    }
};

QTEST_GUILESS_MAIN(PrecompiledHeaderTest)
#include "tst_precompiledheader.moc"
