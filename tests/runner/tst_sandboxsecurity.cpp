// The security suite of the local sandbox: hostile programs against every layer. Each test checks the
// host afterwards — no process of the run left, no file written outside the sandbox, no secret in the
// output — and not only the status. Most programs run in the `standard` profile so that the OS layers
// are tested without the Python guard in front of them; a few run in `strict` to prove guard bypasses
// end as `security_violation`.
//
// Many tests run three times: with every layer, with the cgroup switched off (resident-memory polling
// and process-tree CPU accounting instead) and with user namespaces switched off (a private host work
// directory, a subreaper, Landlock), through $CODE_REMOTE_SANDBOX_DISABLE, which the supervisor
// inherits from this process.

#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/SandboxHostPool.h>
#include <runner/SandboxProtocol.h>
#include <runner/RunResult.h>
#include <runner/RunSession.h>
#include <runner/SandboxPolicy.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QNetworkDatagram>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QUuid>

#include <csignal>
#include <tuple>
#include <sys/stat.h>
#include <unistd.h>

using namespace runner;

namespace {

enum class Mode { AllLayers, NoCgroup, NoUserNamespace };

const char *disableValue(Mode mode)
{
    switch (mode) {
    case Mode::AllLayers:
        return nullptr;
    case Mode::NoCgroup:
        return "cgroup";
    case Mode::NoUserNamespace:
        return "userns";
    }
    return nullptr;
}

// Sets $CODE_REMOTE_SANDBOX_DISABLE for the runs of one test and restores it afterwards.
class ModeScope
{
public:
    explicit ModeScope(Mode mode)
        : m_had(qEnvironmentVariableIsSet("CODE_REMOTE_SANDBOX_DISABLE"))
        , m_previous(qgetenv("CODE_REMOTE_SANDBOX_DISABLE"))
    {
        if (const char *value = disableValue(mode))
            qputenv("CODE_REMOTE_SANDBOX_DISABLE", value);
        else
            qunsetenv("CODE_REMOTE_SANDBOX_DISABLE");
    }
    ~ModeScope()
    {
        if (m_had)
            qputenv("CODE_REMOTE_SANDBOX_DISABLE", m_previous);
        else
            qunsetenv("CODE_REMOTE_SANDBOX_DISABLE");
    }
    ModeScope(const ModeScope &) = delete;
    ModeScope &operator=(const ModeScope &) = delete;

private:
    bool m_had;
    QByteArray m_previous;
};

QByteArray uniqueToken(const char *prefix)
{
    return QByteArray(prefix) + QUuid::createUuid().toByteArray(QUuid::Id128);
}

// Short limits keep the whole suite within a few minutes.
Limits shortLimits()
{
    Limits limits;
    limits.wallMs = 5000;
    limits.cpuMs = 0;
    limits.memoryBytes = 128LL * 1024 * 1024;
    limits.outputBytes = 256 * 1024;
    limits.processes = 32;
    return limits;
}

struct RunOptions
{
    Profile profile = Profile::Standard;
    Limits limits = shortLimits();
    QMap<QString, QString> environment;
    QString language = QStringLiteral("python");
    QByteArray stdinData;
    QString readOnlyCache; // RunRequest::readOnlyCache
};

struct Outcome
{
    RunResult result;
    bool finished = false;
    qint64 elapsedMs = 0;
    QByteArray marker; // in the program's environment: finds its processes on the host afterwards
    // Through a sandbox host, the program must have started from the preloaded interpreter (else the
    // suite would test the exec path twice).
    bool expectPreloaded = false;
    QByteArray output() const { return result.stdoutData + result.stderrData; }
};

QString clip(const QByteArray &bytes, int size = 1500)
{
    QString text = QString::fromUtf8(bytes.left(size));
    if (bytes.size() > size)
        text += QStringLiteral("…(%1 bytes)").arg(bytes.size());
    return text;
}

QString describe(const Outcome &outcome)
{
    const RunResult &r = outcome.result;
    QStringList violations;
    for (const Violation &violation : r.violations)
        violations << QStringLiteral("%1 '%2' line %3").arg(violation.kind, violation.detail).arg(violation.line);
    const char *limit = r.limit == TimeLimitKind::Wall ? "wall" : r.limit == TimeLimitKind::Cpu ? "cpu" : "-";
    return QStringLiteral("finished=%1 status=%2 limit=%3 exit=%4 signal=%5 elapsed=%6ms wall=%7ms cpu=%8ms "
                          "peak=%9kB truncated=%10")
               .arg(outcome.finished)
               .arg(statusName(r.status), QLatin1String(limit),
                    r.exitCode ? QString::number(*r.exitCode) : QStringLiteral("-"),
                    r.signal ? QString::number(*r.signal) : QStringLiteral("-"))
               .arg(outcome.elapsedMs)
               .arg(r.wallMs)
               .arg(r.cpuMs)
               .arg(r.peakMemoryKb)
               .arg(r.outputTruncated)
           + QStringLiteral("\n  violations: [%1]\n  message: %2\n  stdout: %3\n  stderr: %4")
                 .arg(violations.join(QStringLiteral(", ")), r.message, clip(r.stdoutData), clip(r.stderrData));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool ok = file.write(content) == content.size();
    file.close();
    return ok && QFile::setPermissions(path, permissions);
}

constexpr QFile::Permissions kWorldReadable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                             | QFile::ReadOther | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions kWorldWritable = kWorldReadable | QFile::WriteGroup | QFile::WriteOther;

// Processes of the run still alive on the host: any whose environment holds the run's marker (as root
// every environment is readable; an unprivileged user reads those of its own processes, which the
// sandbox's are), and any live descendant of this test process but those named in `expected` and,
// below the sandbox hosts in `hosts`, their waiting spares: a supervisor and an init without children.
QStringList leftoverProcesses(const QByteArray &marker, const QList<qint64> &expected, const QList<qint64> &hosts = {})
{
    struct Entry
    {
        qint64 parent = 0;
        char state = '?';
        QByteArray command;
        bool marked = false;
    };
    QHash<qint64, Entry> processes;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        bool numeric = false;
        const qint64 pid = name.toLongLong(&numeric);
        if (!numeric)
            continue;
        Entry entry;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray statText = stat.readAll();
        const qsizetype close = statText.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = statText.mid(close + 2).split(' ');
        if (fields.size() < 2)
            continue;
        entry.state = fields[0].isEmpty() ? '?' : fields[0].at(0);
        entry.parent = fields[1].toLongLong();
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly))
            entry.command = cmdline.readAll().replace('\0', ' ').trimmed();
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (environ.open(QIODevice::ReadOnly))
            entry.marked = environ.readAll().contains(marker);
        processes.insert(pid, entry);
    }
    const qint64 self = ::getpid();
    QSet<qint64> parents;
    for (auto it = processes.cbegin(); it != processes.cend(); ++it) {
        if (it->state != 'Z')
            parents.insert(it->parent);
    }
    auto isWaitingSpare = [&](qint64 pid) {
        const qint64 parent = processes.value(pid).parent;
        if (hosts.contains(parent))
            return true; // a supervisor, prepared or cleaning up
        return hosts.contains(processes.value(parent).parent) && !parents.contains(pid)
               && processes.value(pid).command == "sandbox-init";
    };
    QStringList found;
    for (auto it = processes.cbegin(); it != processes.cend(); ++it) {
        const qint64 pid = it.key();
        if (pid == self || expected.contains(pid) || hosts.contains(pid) || isWaitingSpare(pid))
            continue;
        bool descendant = false;
        qint64 parent = it->parent;
        for (int depth = 0; depth < 128 && parent > 1; ++depth) {
            if (parent == self) {
                descendant = true;
                break;
            }
            parent = processes.value(parent).parent;
        }
        if (it->marked || (descendant && it->state != 'Z'))
            found << QStringLiteral("pid %1 (%2, state %3): %4")
                         .arg(pid)
                         .arg(it->marked ? QStringLiteral("carries the run's marker") : QStringLiteral("descendant of the test"))
                         .arg(QLatin1Char(it->state))
                         .arg(QString::fromUtf8(it->command.left(200)));
    }
    return found;
}

QJsonObject probeSandbox(Mode mode)
{
    const ModeScope scope(mode);
    QProcess probe;
    probe.start(LocalRunSession::sandboxExecutable(), {QStringLiteral("--probe")});
    if (!probe.waitForFinished(20000))
        return {};
    return QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
}

QMap<QString, bool> activeLayers(const QJsonObject &probe)
{
    QMap<QString, bool> layers;
    const QJsonArray array = probe.value(QStringLiteral("layers")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject layer = value.toObject();
        layers.insert(layer.value(QStringLiteral("id")).toString(), layer.value(QStringLiteral("active")).toBool());
    }
    return layers;
}

void addModeRows()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("all layers") << int(Mode::AllLayers);
    QTest::newRow("no cgroup") << int(Mode::NoCgroup);
    QTest::newRow("no user namespace") << int(Mode::NoUserNamespace);
}

QString joinLines(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

#define CHECK_STATUS(outcome, expected)                                                                     \
    do {                                                                                                    \
        QVERIFY2((outcome).finished && (outcome).result.status == (expected),                              \
                 qPrintable(QStringLiteral("expected %1, got ").arg(statusName(expected)) + describe(outcome))); \
        QVERIFY2(!(outcome).expectPreloaded || (outcome).result.preloaded,                                 \
                 qPrintable(QStringLiteral("did not start from the host's interpreter\n") + describe(outcome))); \
    } while (false)

#define CHECK_HOST_EXCEPT(outcome, expected)                                                                \
    do {                                                                                                    \
        const QStringList problems_ = hostProblems(outcome, expected);                                      \
        QVERIFY2(problems_.isEmpty(),                                                                       \
                 qPrintable(QStringLiteral("host not clean after the run: ") + problems_.join(QStringLiteral("; ")) \
                            + QStringLiteral("\n") + describe(outcome)));                                   \
    } while (false)

#define CHECK_HOST(outcome) CHECK_HOST_EXCEPT(outcome, QList<qint64>())

#define CHECK_OUTPUT_LACKS(outcome, text)                                                                   \
    QVERIFY2(!(outcome).output().contains(text),                                                            \
             qPrintable(QStringLiteral("the output holds '%1'\n").arg(QString::fromUtf8(text)) + describe(outcome)))

#define CHECK_OUTPUT_HAS(outcome, text)                                                                     \
    QVERIFY2((outcome).output().contains(text),                                                             \
             qPrintable(QStringLiteral("the output lacks '%1'\n").arg(QString::fromUtf8(text)) + describe(outcome)))

class SandboxSecurityTest : public QObject
{
    Q_OBJECT

private:
    Outcome run(const QByteArray &source, const RunOptions &options = {});
    // Through a sandbox host ($CODE_REMOTE_TEST_THROUGH_HOST): waits until the host for `request` is
    // ready and says whether the run must start from its interpreter.
    bool prepareHost(const RunRequest &request);
    // run(), through `hosts` (nullptr: exec'd by code-remote-sandbox) whatever the suite's mode.
    Outcome runThrough(SandboxHostPool *hosts, const QByteArray &source, const RunOptions &options = {});
    QStringList hostProblems(const Outcome &outcome, const QList<qint64> &expected = {});
    QByteArray runOnHost(const QByteArray &source, const QMap<QString, QString> &environment);
    void runSyscallRow();
    void checkPlantedLinks(Mode mode);

    QTemporaryDir m_scratch;    // sentinels the sandbox must neither read nor change
    QTemporaryDir m_runtimeDir; // $XDG_RUNTIME_DIR of the supervisor: its host work directories land here
    QString m_openDir;          // world-writable: only the sandbox keeps a program from writing here
    QString m_sentinelFile;     // world-writable file
    QString m_sentinelDir;      // world-writable directory holding keep.txt
    QByteArray m_sentinelHash;
    QByteArray m_passwdHash;
    QByteArray m_envSecret;  // in this process's environment as SECRET_TOKEN
    QByteArray m_fileSecret; // in a file in $HOME and one in the scratch directory
    QString m_homeSecretPath;
    QString m_tmpSecretPath;
    QByteArray m_previousRuntimeDir;
    bool m_hadRuntimeDir = false;
    QMap<QString, bool> m_layers;
    runner::SandboxHostPool *m_hosts = nullptr;
    // For the tests of preloaded runs when the suite runs without a host: made on first use.
    runner::SandboxHostPool *m_ownHosts = nullptr;
    SandboxHostPool *hostsForPreloadedRuns();

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    // One test per result status.
    void producesOkForAHelloWorld();
    void producesRuntimeErrorForAnUncaughtException();
    void keepsExitCode137ApartFromAKill();
    void stopsASleeperAtTheWallLimit_data() { addModeRows(); }
    void stopsASleeperAtTheWallLimit();
    void stopsACpuBurnerAtTheCpuLimit_data() { addModeRows(); }
    void stopsACpuBurnerAtTheCpuLimit();
    void countsCpuOverAllProcesses_data() { addModeRows(); }
    void countsCpuOverAllProcesses();
    void stopsAMemoryHogAtTheMemoryLimit_data() { addModeRows(); }
    void stopsAMemoryHogAtTheMemoryLimit();
    void countsMemoryOverAllProcesses_data() { addModeRows(); }
    void countsMemoryOverAllProcesses();
    void stopsAnOutputFloodAtTheOutputLimit_data();
    void stopsAnOutputFloodAtTheOutputLimit();
    void rejectsGuardViolationsInStrict_data();
    void rejectsGuardViolationsInStrict();
    void reportsCompileErrorInStrict();
    void reportsInternalErrorWhenTheSandboxIsMissing();
    void reportsInternalErrorForAnUnknownLanguage();
    void reportsCancelledWhenStopped_data() { addModeRows(); }
    void reportsCancelledWhenStopped();

    // Processes.
    void killsWholeTreeOnTimeout_data() { addModeRows(); }
    void killsWholeTreeOnTimeout();
    void killsDaemonsThatOutliveTheProgram_data();
    void killsDaemonsThatOutliveTheProgram();
    void boundsAForkBomb();
    void boundsAThreadBomb();
    void cannotSignalHostProcesses_data() { addModeRows(); }
    void cannotSignalHostProcesses();

    // Files and secrets.
    void refusesReadingHomeDirectory_data() { addModeRows(); }
    void refusesReadingHomeDirectory();
    void hidesTheRunnersEnvironment_data() { addModeRows(); }
    void hidesTheRunnersEnvironment();
    // A sandbox host's runs start from a fork of one loaded interpreter.
    void preloadedRunSeesWhatAnExecutedRunSees();
    void runCannotReadAnEarlierRunFromItsMemory();
    void preloadedRunCannotLearnWhereTheHostLives();
    void refusesWritingOutsideTheWorkDirectory_data() { addModeRows(); }
    void refusesWritingOutsideTheWorkDirectory();
    void readOnlyCacheCanBeReadButNotChanged_data() { addModeRows(); }
    void readOnlyCacheCanBeReadButNotChanged();
    void doesNotFollowSymlinksLeftInTheWorkDirectory();
    void removesHostWorkDirWithoutFollowingPlantedSymlinks();
    void removesTheWorkDirectory_data() { addModeRows(); }
    void removesTheWorkDirectory();
    void limitsTheWorkDirectory_data() { addModeRows(); }
    void limitsTheWorkDirectory();

    // Network.
    void refusesTcpConnections_data() { addModeRows(); }
    void refusesTcpConnections();
    void refusesUdpDatagrams_data() { addModeRows(); }
    void refusesUdpDatagrams();
    void refusesUnixPathSockets_data() { addModeRows(); }
    void refusesUnixPathSockets();
    void refusesAbstractUnixSockets_data() { addModeRows(); }
    void refusesAbstractUnixSockets();

    // System calls seccomp must kill.
    void killsPtrace_data();
    void killsPtrace() { runSyscallRow(); }
    void killsNamespaceAndMountCalls_data();
    void killsNamespaceAndMountCalls() { runSyscallRow(); }
    void killsKeyctl_data();
    void killsKeyctl() { runSyscallRow(); }
    void killsIoUring_data();
    void killsIoUring() { runSyscallRow(); }
    void killsOtherKernelInterfaces_data();
    void killsOtherKernelInterfaces() { runSyscallRow(); }
    void kills32BitSyscalls_data();
    void kills32BitSyscalls();
    void killsTerminalInjection_data();
    void killsTerminalInjection() { runSyscallRow(); }

    // The process's own situation.
    void closesEveryDescriptorAbove2_data() { addModeRows(); }
    void closesEveryDescriptorAbove2();
    void hasNoControllingTerminal_data() { addModeRows(); }
    void hasNoControllingTerminal();
    void runsAsNonRootWithoutCapabilities_data() { addModeRows(); }
    void runsAsNonRootWithoutCapabilities();

    // Guard bypasses in the strict profile.
    void rejectsGuardBypassesInStrict_data();
    void rejectsGuardBypassesInStrict();
    // Issue 17, item 1: the escapes that got past the guard, through the real sandbox in strict.
    void strictGuardEscapeCorpusIsStoppedInTheSandbox_data();
    void strictGuardEscapeCorpusIsStoppedInTheSandbox();

    // What a preloaded run inherits from its sandbox host (issue 17, item 8).
    void preloadedRunFindsNoHostPathInItsMemory();

    // A status comes from what the supervisor measured, never from how the program chose to die
    // (issue 17, items 6 and 7).
    void reportsASelfInflictedSignalAsARuntimeError_data();
    void reportsASelfInflictedSignalAsARuntimeError();
    void cannotForgeASyscallViolation_data();
    void cannotForgeASyscallViolation();
    void reportsAForbiddenCallWithSigsysBlocked_data() { addModeRows(); }
    void reportsAForbiddenCallWithSigsysBlocked();
    void countsPagesSharedAfterForkOnce_data() { addModeRows(); }
    void countsPagesSharedAfterForkOnce();
    void countsPrivatePagesOfAForkedTree_data() { addModeRows(); }
    void countsPrivatePagesOfAForkedTree();
    void countsMemoryOfATreeThatKeepsForking_data() { addModeRows(); }
    void countsMemoryOfATreeThatKeepsForking();
};

// ---------------------------------------------------------------------------------------------------
// Set-up and helpers

void SandboxSecurityTest::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    QVERIFY(m_runtimeDir.isValid());
    // Sentinels are readable (and some writable) by everyone, so that only the sandbox's layers — not
    // file permissions — keep the program away from them.
    QVERIFY(QFile::setPermissions(m_scratch.path(), kWorldReadable | QFile::ExeOwner | QFile::ExeUser
                                                         | QFile::ExeGroup | QFile::ExeOther));
    // The supervisor's host work directories (no user namespace) go here, so a leftover is ours to see
    // and other runs on this machine cannot be mistaken for ours. Others may only traverse it: the
    // program runs as nobody when the supervisor is root.
    QVERIFY(QFile::setPermissions(m_runtimeDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                           | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser
                                                           | QFile::ExeGroup | QFile::ExeOther));
    m_hadRuntimeDir = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR");
    m_previousRuntimeDir = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));

    m_openDir = m_scratch.filePath(QStringLiteral("open"));
    QVERIFY(QDir().mkdir(m_openDir));
    QVERIFY(QFile::setPermissions(m_openDir, kWorldWritable | QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup
                                                 | QFile::ExeOther));
    m_sentinelFile = m_scratch.filePath(QStringLiteral("sentinel.txt"));
    QVERIFY(writeFile(m_sentinelFile, "sentinel: must stay as it is\n", kWorldWritable));
    m_sentinelDir = m_scratch.filePath(QStringLiteral("sentinel-dir"));
    QVERIFY(QDir().mkdir(m_sentinelDir));
    QVERIFY(QFile::setPermissions(m_sentinelDir, kWorldWritable | QFile::ExeOwner | QFile::ExeUser
                                                     | QFile::ExeGroup | QFile::ExeOther));
    QVERIFY(writeFile(m_sentinelDir + QStringLiteral("/keep.txt"), "keep me\n", kWorldWritable));
    m_sentinelHash = fileHash(m_sentinelFile);
    m_passwdHash = fileHash(QStringLiteral("/etc/passwd"));

    // Secrets: one in this process's environment (the runner's: API keys live there), one in files.
    m_envSecret = uniqueToken("envsecret");
    qputenv("SECRET_TOKEN", m_envSecret);
    m_fileSecret = uniqueToken("filesecret");
    const QByteArray secretName = uniqueToken(".code-remote-test-secret-");
    m_tmpSecretPath = m_scratch.filePath(QString::fromUtf8(secretName));
    QVERIFY(writeFile(m_tmpSecretPath, m_fileSecret + '\n', kWorldReadable));
    const QString home = QDir::homePath();
    if (QFileInfo(home).isDir() && writeFile(home + QLatin1Char('/') + QString::fromUtf8(secretName), m_fileSecret + '\n', kWorldReadable))
        m_homeSecretPath = home + QLatin1Char('/') + QString::fromUtf8(secretName);
    else
        qWarning("cannot write a secret into the home directory %s; only the scratch secret is used", qPrintable(home));

    // What this machine gives the sandbox, in each mode (as root: cgroups; unprivileged: polling).
    for (Mode mode : {Mode::AllLayers, Mode::NoCgroup, Mode::NoUserNamespace}) {
        const QJsonObject probe = probeSandbox(mode);
        QVERIFY2(!probe.isEmpty(), "code-remote-sandbox --probe gave no JSON");
        QStringList active, inactive;
        const QMap<QString, bool> layers = activeLayers(probe);
        for (auto it = layers.cbegin(); it != layers.cend(); ++it)
            (it.value() ? active : inactive) << it.key();
        qInfo("sandbox layers (disable=%s, uid %d): active [%s] inactive [%s]", disableValue(mode) ? disableValue(mode) : "-",
              int(::getuid()), qPrintable(active.join(QLatin1Char(' '))), qPrintable(inactive.join(QLatin1Char(' '))));
        if (mode == Mode::AllLayers)
            m_layers = layers;
    }
    // Not a reason to stop the suite: the syscall tests fail one by one, which says more.
    if (!m_layers.value(QStringLiteral("seccomp")))
        qWarning("seccomp is NOT active: every forbidden-call test will fail");

    // The same suite again, with every run forked from an interpreter a sandbox host keeps loaded.
    if (qEnvironmentVariableIsSet("CODE_REMOTE_TEST_THROUGH_HOST")) {
        QVERIFY2(QFileInfo(SandboxHostPool::hostExecutable()).isExecutable(),
                 qPrintable(SandboxHostPool::hostExecutable() + QStringLiteral(" is missing")));
        m_hosts = new SandboxHostPool;
        qInfo("runs go through %s", qPrintable(SandboxHostPool::hostExecutable()));
    }
}

// A leftover of one test (reported there) must not fail the next one too.
void SandboxSecurityTest::init()
{
    const QStringList left = QDir(m_runtimeDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString &name : left) {
        QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+rwx"), m_runtimeDir.filePath(name)});
        QDir(m_runtimeDir.filePath(name)).removeRecursively();
        QFile::remove(m_runtimeDir.filePath(name));
    }
}

void SandboxSecurityTest::cleanupTestCase()
{
    delete m_hosts;
    m_hosts = nullptr;
    delete m_ownHosts;
    m_ownHosts = nullptr;
    if (!m_homeSecretPath.isEmpty())
        QFile::remove(m_homeSecretPath);
    if (m_hadRuntimeDir)
        qputenv("XDG_RUNTIME_DIR", m_previousRuntimeDir);
    else
        qunsetenv("XDG_RUNTIME_DIR");
    qunsetenv("SECRET_TOKEN");
}

Outcome SandboxSecurityTest::run(const QByteArray &source, const RunOptions &options)
{
    Outcome outcome;
    outcome.marker = uniqueToken("crmarker");
    RunRequest request;
    request.language = options.language;
    request.source = source;
    request.policy.profile = options.profile;
    request.policy.limits = options.limits;
    request.policy.environment = options.environment;
    request.policy.environment.insert(QStringLiteral("CODE_REMOTE_TEST_MARKER"), QString::fromLatin1(outcome.marker));
    request.stdinData = options.stdinData;
    request.readOnlyCache = options.readOnlyCache;

    outcome.expectPreloaded = prepareHost(request);
    LocalRunSession session(nullptr, m_hosts);
    connect(&session, &RunSession::finished, &session, [&outcome](const RunResult &result) {
        outcome.result = result;
        outcome.finished = true;
    });
    QSignalSpy spy(&session, &RunSession::finished);
    QElapsedTimer clock;
    clock.start();
    session.start(request);
    if (!outcome.finished)
        spy.wait(int(options.limits.wallMs) + 20000);
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

Outcome SandboxSecurityTest::runThrough(SandboxHostPool *hosts, const QByteArray &source, const RunOptions &options)
{
    const QScopedValueRollback<SandboxHostPool *> through(m_hosts, hosts);
    return run(source, options);
}

bool SandboxSecurityTest::prepareHost(const RunRequest &request)
{
    // A run that shows a cache never goes through a host (see RunRequest::readOnlyCache).
    if (!m_hosts || !QFileInfo(SandboxHostPool::hostExecutable()).isExecutable() || !request.readOnlyCache.isEmpty())
        return false;
    const Language *language = LanguageRegistry::builtin().find(request.language);
    QString error;
    const QByteArray templateRequest = language ? encodeSandboxTemplate(request, *language, error) : QByteArray();
    if (templateRequest.isEmpty() || !language->preloadable)
        return false;
    if (!QTest::qWaitFor([&] { return !m_hosts->socketFor(templateRequest).isEmpty(); }, 20000))
        return false;
    // Without a user namespace the program is exec'd; so it is when it sets what Python reads at start.
    for (auto it = request.policy.environment.cbegin(); it != request.policy.environment.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("PYTHON")))
            return false;
    }
    return !qgetenv("CODE_REMOTE_SANDBOX_DISABLE").contains("userns");
}

QStringList SandboxSecurityTest::hostProblems(const Outcome &outcome, const QList<qint64> &expected)
{
    QStringList problems;
    QList<qint64> hosts = m_hosts ? m_hosts->processIds() : QList<qint64>();
    if (m_ownHosts)
        hosts += m_ownHosts->processIds();
    if (m_hosts) {
        // A run's init ends before its supervisor reports; may the kernel take a moment to clear it.
        [[maybe_unused]] const bool settled =
            QTest::qWaitFor([&] { return leftoverProcesses(outcome.marker, expected, hosts).isEmpty(); }, 1000);
    }
    const QStringList processes = leftoverProcesses(outcome.marker, expected, hosts);
    if (!processes.isEmpty())
        problems << QStringLiteral("processes left: ") + processes.join(QStringLiteral(", "));
    if (outcome.output().contains(m_envSecret))
        problems << QStringLiteral("the runner's SECRET_TOKEN is in the output");
    if (outcome.output().contains(m_fileSecret))
        problems << QStringLiteral("the secret file's content is in the output");
    const QStringList left = QDir(m_runtimeDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (!left.isEmpty()) {
        problems << QStringLiteral("host work directories left: ") + left.join(QStringLiteral(", "));
        // Clear them so that later tests see only their own.
        for (const QString &name : left) {
            QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+rwx"), m_runtimeDir.filePath(name)});
            QDir(m_runtimeDir.filePath(name)).removeRecursively();
        }
    }
    if (fileHash(m_sentinelFile) != m_sentinelHash)
        problems << QStringLiteral("the sentinel file changed");
    if (fileHash(QStringLiteral("/etc/passwd")) != m_passwdHash)
        problems << QStringLiteral("/etc/passwd changed");
    const QStringList sentinelEntries = QDir(m_sentinelDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (sentinelEntries != QStringList{QStringLiteral("keep.txt")})
        problems << QStringLiteral("the sentinel directory changed: ") + sentinelEntries.join(QStringLiteral(", "));
    const QStringList openEntries = QDir(m_openDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (!openEntries.isEmpty()) {
        problems << QStringLiteral("files appeared in the world-writable host directory: ") + openEntries.join(QStringLiteral(", "));
        for (const QString &name : openEntries)
            QFile::remove(QDir(m_openDir).filePath(name));
    }
    return problems;
}

// Runs a program with the host's Python, outside any sandbox: the positive control proving that a
// network test's listener is reachable and its client works, so that silence under the sandbox means
// the sandbox held.
QByteArray SandboxSecurityTest::runOnHost(const QByteArray &source, const QMap<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-I"), QStringLiteral("-c"), QString::fromUtf8(source)});
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
    }
    return process.readAll();
}

// ---------------------------------------------------------------------------------------------------
// One test per status

void SandboxSecurityTest::producesOkForAHelloWorld()
{
    const Outcome outcome = run("print('hello from the sandbox')\n");
    CHECK_STATUS(outcome, RunStatus::Ok);
    QCOMPARE(outcome.result.exitCode, std::optional<int>(0));
    QCOMPARE(outcome.result.signal, std::optional<int>());
    QCOMPARE(outcome.result.stdoutData, QByteArrayLiteral("hello from the sandbox\n"));
    QCOMPARE(outcome.result.stderrData, QByteArray());
    QCOMPARE(outcome.result.limit, TimeLimitKind::None);
    QVERIFY(outcome.result.violations.isEmpty());
    QVERIFY(!outcome.result.outputTruncated);
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::producesRuntimeErrorForAnUncaughtException()
{
    const Outcome outcome = run("print('before')\nraise ValueError('boom')\n");
    CHECK_STATUS(outcome, RunStatus::RuntimeError);
    QCOMPARE(outcome.result.exitCode, std::optional<int>(1));
    QCOMPARE(outcome.result.signal, std::optional<int>());
    QCOMPARE(outcome.result.stdoutData, QByteArrayLiteral("before\n"));
    QVERIFY2(outcome.result.stderrData.contains("ValueError: boom"), qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::keepsExitCode137ApartFromAKill()
{
    // An exit code of 137 is the program's word, not a SIGKILL (lesson 8); nor may it fake a limit.
    const Outcome outcome = run("import sys\nprint('time_limit', file=sys.stderr)\nsys.exit(137)\n");
    CHECK_STATUS(outcome, RunStatus::RuntimeError);
    QCOMPARE(outcome.result.exitCode, std::optional<int>(137));
    QCOMPARE(outcome.result.signal, std::optional<int>());
    QCOMPARE(outcome.result.limit, TimeLimitKind::None);
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::stopsASleeperAtTheWallLimit()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 2000;
    const Outcome outcome = run("import time\nprint('sleeping', flush=True)\ntime.sleep(60)\n", options);
    CHECK_STATUS(outcome, RunStatus::TimeLimit);
    QCOMPARE(outcome.result.limit, TimeLimitKind::Wall);
    QCOMPARE(outcome.result.stdoutData, QByteArrayLiteral("sleeping\n"));
    QVERIFY2(outcome.elapsedMs >= 1900 && outcome.elapsedMs < 4000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::stopsACpuBurnerAtTheCpuLimit()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 8000;
    options.limits.cpuMs = 1000;
    const Outcome outcome = run("print('burning', flush=True)\nwhile True:\n    pass\n", options);
    CHECK_STATUS(outcome, RunStatus::TimeLimit);
    QCOMPARE(outcome.result.limit, TimeLimitKind::Cpu);
    QVERIFY2(outcome.result.cpuMs >= 900 && outcome.result.cpuMs < 2000, qPrintable(describe(outcome)));
    QVERIFY2(outcome.elapsedMs < 7500, qPrintable(describe(outcome))); // before the 8 s wall limit
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::countsCpuOverAllProcesses()
{
    // Four burners share a 1.5 s budget. Counted over the tree the run stops when they have used 1.5 s
    // together; counted per process (RLIMIT_CPU, which forking resets) one of them alone would have to
    // pass 3 s. CPU time, not wall time, is the measure: a loaded machine stretches the wall time.
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 10000;
    options.limits.cpuMs = 1500;
    const Outcome outcome = run(R"PY(import os
for _ in range(3):
    if os.fork() == 0:
        break
print('burning', os.getpid(), flush=True)
while True:
    pass
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::TimeLimit);
    QCOMPARE(outcome.result.limit, TimeLimitKind::Cpu);
    QVERIFY2(outcome.result.cpuMs >= 1400 && outcome.result.cpuMs < 2500, qPrintable(describe(outcome)));
    QVERIFY2(outcome.elapsedMs < 9000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::stopsAMemoryHogAtTheMemoryLimit()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 10000;
    options.limits.memoryBytes = 64LL * 1024 * 1024;
    const Outcome outcome = run(R"PY(chunks = []
print('allocating', flush=True)
while True:
    chunks.append(b'\x01' * (4 << 20))
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::MemoryLimit);
    QVERIFY2(outcome.elapsedMs < 6000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::countsMemoryOverAllProcesses()
{
    // Three processes of 40 MB each: none alone passes 64 MB, together they do.
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 6000;
    options.limits.memoryBytes = 64LL * 1024 * 1024;
    const Outcome outcome = run(R"PY(import os, time
for _ in range(2):
    if os.fork() == 0:
        break
block = b'\x01' * (40 << 20)
print('holding', os.getpid(), flush=True)
time.sleep(60)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::MemoryLimit);
    QVERIFY2(outcome.elapsedMs < 5000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::stopsAnOutputFloodAtTheOutputLimit_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QByteArray>("filler");
    QTest::newRow("stdout") << QByteArray("import sys\nwhile True:\n    sys.stdout.write('x' * 4096)\n") << QByteArray("x");
    QTest::newRow("stderr") << QByteArray("import sys\nwhile True:\n    sys.stderr.write('y' * 4096)\n") << QByteArray("y");
    QTest::newRow("three processes") << QByteArray("import os, sys\nfor _ in range(2):\n    if os.fork() == 0:\n        break\n"
                                                   "while True:\n    sys.stdout.write('z' * 4096)\n")
                                     << QByteArray("z");
}

void SandboxSecurityTest::stopsAnOutputFloodAtTheOutputLimit()
{
    QFETCH(QByteArray, program);
    QFETCH(QByteArray, filler);
    RunOptions options;
    options.limits.wallMs = 10000;
    options.limits.outputBytes = 64 * 1024;
    const Outcome outcome = run(program, options);
    CHECK_STATUS(outcome, RunStatus::OutputLimit);
    QVERIFY(outcome.result.outputTruncated);
    // The output so far is kept, exactly up to the limit, and is the program's.
    QCOMPARE(outcome.output().size(), qsizetype(options.limits.outputBytes));
    QCOMPARE(outcome.output(), QByteArray(outcome.output().size(), filler.at(0)));
    QVERIFY2(outcome.elapsedMs < 5000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::rejectsGuardViolationsInStrict_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::newRow("import") << QByteArray("import math\nimport os\nos.system('true')\n") << QStringLiteral("import") << 2;
    QTest::newRow("builtin") << QByteArray("x = 1\nprint(eval('x'))\n") << QStringLiteral("builtin") << 2;
    QTest::newRow("syntax") << QByteArray("x = ()\ny = x.__class__\n") << QStringLiteral("syntax") << 2;
}

void SandboxSecurityTest::rejectsGuardViolationsInStrict()
{
    QFETCH(QByteArray, program);
    QFETCH(QString, kind);
    QFETCH(int, line);
    RunOptions options;
    options.profile = Profile::Strict;
    const Outcome outcome = run(program, options);
    CHECK_STATUS(outcome, RunStatus::SecurityViolation);
    bool found = false;
    for (const Violation &violation : outcome.result.violations)
        found = found || (violation.kind == kind && violation.line == line && !violation.detail.isEmpty());
    QVERIFY2(found, qPrintable(QStringLiteral("no %1 violation on line %2: ").arg(kind).arg(line) + describe(outcome)));
    QCOMPARE(outcome.result.stdoutData, QByteArray()); // rejected before it ran
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::reportsCompileErrorInStrict()
{
    RunOptions options;
    options.profile = Profile::Strict;
    const Outcome outcome = run("print('a')\ndef broken(:\n    pass\n", options);
    CHECK_STATUS(outcome, RunStatus::CompileError);
    QVERIFY(outcome.result.violations.isEmpty());
    QCOMPARE(outcome.result.stdoutData, QByteArray()); // never ran
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::reportsInternalErrorWhenTheSandboxIsMissing()
{
    const QByteArray previous = qgetenv("CODE_REMOTE_SANDBOX");
    const bool had = qEnvironmentVariableIsSet("CODE_REMOTE_SANDBOX");
    qputenv("CODE_REMOTE_SANDBOX", QFile::encodeName(m_scratch.filePath(QStringLiteral("no-such-sandbox"))));
    // About the supervisor's executable, which a run through a ready host never looks for.
    const Outcome outcome = runThrough(nullptr, "print('must not run')\n");
    if (had)
        qputenv("CODE_REMOTE_SANDBOX", previous);
    else
        qunsetenv("CODE_REMOTE_SANDBOX");
    CHECK_STATUS(outcome, RunStatus::InternalError);
    QVERIFY2(!outcome.result.message.isEmpty(), qPrintable(describe(outcome)));
    QCOMPARE(outcome.result.stdoutData, QByteArray());
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::reportsInternalErrorForAnUnknownLanguage()
{
    RunOptions options;
    options.language = QStringLiteral("cobol");
    const Outcome outcome = run("DISPLAY 'HELLO'.\n", options);
    CHECK_STATUS(outcome, RunStatus::InternalError);
    QVERIFY2(outcome.result.message.contains(QStringLiteral("cobol")), qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::reportsCancelledWhenStopped()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunRequest request;
    request.source = R"PY(import subprocess, time
children = [subprocess.Popen(['/bin/sleep', '60']) for _ in range(2)]
print('ready', flush=True)
time.sleep(60)
)PY";
    request.policy.profile = Profile::Standard;
    request.policy.limits = shortLimits();
    request.policy.limits.wallMs = 20000;
    const QByteArray marker = uniqueToken("crmarker");
    request.policy.environment.insert(QStringLiteral("CODE_REMOTE_TEST_MARKER"), QString::fromLatin1(marker));

    Outcome outcome;
    outcome.marker = marker;
    outcome.expectPreloaded = prepareHost(request);
    LocalRunSession session(nullptr, m_hosts);
    QByteArray seen;
    connect(&session, &RunSession::outputReceived, &session, [&seen](OutputChannel, const QByteArray &data) { seen += data; });
    connect(&session, &RunSession::finished, &session, [&outcome](const RunResult &result) {
        outcome.result = result;
        outcome.finished = true;
    });
    QSignalSpy finishedSpy(&session, &RunSession::finished);
    session.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains("ready") || outcome.finished, 10000);
    QVERIFY2(!outcome.finished, qPrintable(describe(outcome)));
    QVERIFY(session.isRunning());
    QElapsedTimer clock;
    clock.start();
    session.stop();
    if (!outcome.finished)
        finishedSpy.wait(10000);
    outcome.elapsedMs = clock.elapsed();
    CHECK_STATUS(outcome, RunStatus::Cancelled);
    QVERIFY2(outcome.elapsedMs < 2000, qPrintable(describe(outcome)));
    QVERIFY(!session.isRunning());
    CHECK_HOST(outcome);
}

// ---------------------------------------------------------------------------------------------------
// Processes

void SandboxSecurityTest::killsWholeTreeOnTimeout()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 2000;
    const Outcome outcome = run(R"PY(import os, signal, subprocess, time
children = [subprocess.Popen(['/bin/sleep', '60']) for _ in range(3)]
if os.fork() == 0:
    # A grandchild that ignores every polite signal, in a new session of its own.
    os.setsid()
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, signal.SIG_IGN)
    if os.fork() == 0:
        time.sleep(60)
        os._exit(0)
    time.sleep(60)
    os._exit(0)
print('spawned', flush=True)
time.sleep(60)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::TimeLimit);
    QCOMPARE(outcome.result.limit, TimeLimitKind::Wall);
    CHECK_OUTPUT_HAS(outcome, "spawned");
    QVERIFY2(outcome.elapsedMs < 4000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::killsDaemonsThatOutliveTheProgram_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("keepsStdout");
    for (const auto &[name, mode] : {std::pair{"all layers", Mode::AllLayers}, std::pair{"no cgroup", Mode::NoCgroup},
                                     std::pair{"no user namespace", Mode::NoUserNamespace}}) {
        QTest::addRow("%s, closes its descriptors", name) << int(mode) << false;
        QTest::addRow("%s, keeps stdout open", name) << int(mode) << true;
    }
}

void SandboxSecurityTest::killsDaemonsThatOutliveTheProgram()
{
    QFETCH(int, mode);
    QFETCH(bool, keepsStdout);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 10000;
    options.environment.insert(QStringLiteral("KEEP_STDOUT"), keepsStdout ? QStringLiteral("1") : QStringLiteral("0"));
    // The classic daemon: fork, setsid, fork again, ignore signals, let the parent exit at once.
    const Outcome outcome = run(R"PY(import os, signal, sys, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGPIPE):
            signal.signal(sig, signal.SIG_IGN)
        if os.environ['KEEP_STDOUT'] == '0':
            for fd in (0, 1, 2):
                os.close(fd)
        for _ in range(300):
            try:
                print('daemon alive', flush=True)
            except OSError:
                pass
            time.sleep(0.1)
        os._exit(0)
    os._exit(0)
time.sleep(0.3)
print('parent done', flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "parent done");
    // The run ends with the program, not with its daemon.
    QVERIFY2(outcome.elapsedMs < 3000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::boundsAForkBomb()
{
    RunOptions options;
    options.limits.wallMs = 3000;
    options.limits.processes = 16;
    const Outcome outcome = run(R"PY(import os, time
children = 0
for _ in range(200):
    try:
        pid = os.fork()
    except OSError:
        break
    if pid == 0:
        time.sleep(60)
        os._exit(0)
    children += 1
print('children', children, flush=True)
while True:
    try:
        os.fork()
    except OSError:
        pass
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::TimeLimit);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("children (\\d+)")).match(QString::fromUtf8(outcome.result.stdoutData));
    QVERIFY2(match.hasMatch(), qPrintable(describe(outcome)));
    const int children = match.captured(1).toInt();
    QVERIFY2(children > 0 && children < options.limits.processes, qPrintable(describe(outcome)));
    QVERIFY2(outcome.elapsedMs < 6000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::boundsAThreadBomb()
{
    RunOptions options;
    options.limits.wallMs = 5000;
    options.limits.processes = 16;
    const Outcome outcome = run(R"PY(import threading, time
count = 0
try:
    for _ in range(500):
        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
        count += 1
except RuntimeError as error:
    print('refused:', error, flush=True)
print('threads', count, flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "refused:");
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("threads (\\d+)")).match(QString::fromUtf8(outcome.result.stdoutData));
    QVERIFY2(match.hasMatch(), qPrintable(describe(outcome)));
    QVERIFY2(match.captured(1).toInt() < options.limits.processes, qPrintable(describe(outcome)));
    QVERIFY2(outcome.elapsedMs < 4000, qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::cannotSignalHostProcesses()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    // A host process the program could signal by permissions alone: as root the victim runs as nobody,
    // like the program does without a user namespace; unprivileged both are this user.
    QProcess victim;
    if (::geteuid() == 0)
        victim.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                 QStringLiteral("--clear-groups"), QStringLiteral("/bin/sleep"), QStringLiteral("30")});
    else
        victim.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")});
    QVERIFY(victim.waitForStarted());
    const qint64 victimPid = victim.processId();
    RunOptions options;
    options.environment.insert(QStringLiteral("VICTIM"), QString::number(victimPid));
    const Outcome outcome = run(R"PY(import os, signal
victim = int(os.environ['VICTIM'])
for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGSTOP):
    try:
        os.kill(victim, sig)
        print('SIGNALLED', sig, flush=True)
    except OSError as error:
        print('refused', sig, error.errno, flush=True)
)PY",
                                options);
    const bool victimAlive = !victim.waitForFinished(300) && victim.state() == QProcess::Running;
    QFile status(QStringLiteral("/proc/%1/status").arg(victimPid));
    const bool stopped = status.open(QIODevice::ReadOnly) && status.readAll().contains("State:\tT");
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_HOST_EXCEPT(outcome, QList<qint64>{victimPid});
    victim.kill();
    victim.waitForFinished();
    QVERIFY2(victimAlive && !stopped, qPrintable(QStringLiteral("the sandboxed program signalled host process %1\n").arg(victimPid) + describe(outcome)));
}

// ---------------------------------------------------------------------------------------------------
// Files and secrets

void SandboxSecurityTest::refusesReadingHomeDirectory()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    QStringList secrets{m_tmpSecretPath};
    if (!m_homeSecretPath.isEmpty())
        secrets << m_homeSecretPath;
    RunOptions options;
    options.environment.insert(QStringLiteral("SECRET_PATHS"), joinLines(secrets));
    options.environment.insert(QStringLiteral("HOST_HOME"), QDir::homePath());
    const Outcome outcome = run(R"PY(import os
paths = os.environ['SECRET_PATHS'].split('\n')
names = [os.path.basename(p) for p in paths]
candidates = []
try:
    pids = [e for e in os.listdir('/proc') if e.isdigit()]
except OSError:
    pids = []
for path in paths:
    candidates += [path, '/proc/self/root' + path, '/proc/1/root' + path, '/proc/thread-self/root' + path,
                   '/proc/%d/root%s' % (os.getppid(), path), '/proc/self/cwd/../../..' + path, '/../../..' + path]
    candidates += ['/proc/%s/root%s' % (pid, path) for pid in pids]
    candidates += ['/proc/%s/cwd/../../../..%s' % (pid, path) for pid in pids]
tried = 0
for candidate in candidates:
    tried += 1
    try:
        with open(candidate, 'rb') as f:
            print('LEAK read', candidate, f.read(200), flush=True)
    except OSError as error:
        pass
for directory in [os.environ['HOST_HOME'], '/root', '/home', os.path.dirname(paths[0]), '/proc/1/root/root']:
    try:
        entries = os.listdir(directory)
    except OSError:
        continue
    for name in names:
        if name in entries:
            print('LEAK listed', name, 'in', directory, flush=True)
for top in ('/home', '/root', '/tmp', '/run', '/var', '/mnt', '/media', '/srv', '/opt'):
    for root, dirs, files in os.walk(top):
        for name in names:
            if name in files:
                print('LEAK found', os.path.join(root, name), flush=True)
print('tried', tried, flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "tried");
    CHECK_OUTPUT_LACKS(outcome, "LEAK");
    QCOMPARE(fileHash(m_tmpSecretPath), QCryptographicHash::hash(m_fileSecret + '\n', QCryptographicHash::Sha256).toHex());
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::hidesTheRunnersEnvironment()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    const Outcome outcome = run(R"PY(import os
print('NAMES', ','.join(sorted(os.environ)), flush=True)
print('ENV', dict(os.environ), flush=True)
try:
    entries = os.listdir('/proc')
except OSError as error:
    entries = []
    print('no /proc', error.errno)
for entry in sorted(set(entries + ['self', '1', str(os.getppid())])):
    if not (entry.isdigit() or entry in ('self', 'thread-self')):
        continue
    for name in ('environ', 'cmdline'):
        try:
            with open('/proc/%s/%s' % (entry, name), 'rb') as f:
                print('PROC', entry, name, f.read(), flush=True)
        except OSError as error:
            print('denied', entry, name, error.errno)
)PY");
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "CODE_REMOTE_TEST_MARKER"); // the program does see what the policy names
    CHECK_OUTPUT_LACKS(outcome, m_envSecret);
    CHECK_OUTPUT_LACKS(outcome, "SECRET_TOKEN");
    CHECK_OUTPUT_LACKS(outcome, "XDG_RUNTIME_DIR");
    const QRegularExpressionMatch names = QRegularExpression(QStringLiteral("NAMES (\\S*)")).match(QString::fromUtf8(outcome.result.stdoutData));
    QVERIFY2(names.hasMatch(), qPrintable(describe(outcome)));
    // The supervisor's fixed variables, the language's own and the policy's: nothing else.
    QStringList allowed{QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("TMPDIR"), QStringLiteral("USER"),
                        QStringLiteral("LOGNAME"), QStringLiteral("CODE_REMOTE_TEST_MARKER"), QStringLiteral("LC_CTYPE")};
    if (const Language *python = LanguageRegistry::builtin().find(QStringLiteral("python")))
        allowed += python->environment.keys();
    for (const QString &name : names.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        QVERIFY2(allowed.contains(name), qPrintable(QStringLiteral("unexpected variable %1 in the program's environment\n").arg(name) + describe(outcome)));
    CHECK_HOST(outcome);
}

SandboxHostPool *SandboxSecurityTest::hostsForPreloadedRuns()
{
    if (m_hosts)
        return m_hosts;
    if (!m_ownHosts && QFileInfo(SandboxHostPool::hostExecutable()).isExecutable())
        m_ownHosts = new SandboxHostPool;
    return m_ownHosts;
}

void SandboxSecurityTest::preloadedRunSeesWhatAnExecutedRunSees()
{
    SandboxHostPool *hosts = hostsForPreloadedRuns();
    QVERIFY2(hosts, "code-remote-sandbox-host is not built");
    // Everything a program can learn about how it was started, but its process ids and command line.
    const QByteArray probe = R"PY(import gc, io, os, resource, signal, sys
print('argv', sys.argv)
print('file', __file__, __name__, __spec__, __loader__.__class__.__name__)
print('path', sys.path)
print('flags', sys.flags)
print('executable', sys.executable, sys.prefix, sys.orig_argv)
print('modules', sorted(m for m in sys.modules if m not in ('gc', 'resource', 'signal')))
print('environ', sorted(os.environ.items()))
print('cwd', os.getcwd(), os.getuid(), os.getgid(), os.getgroups())
for stream in (sys.stdin, sys.stdout, sys.stderr):
    print('stream', stream.encoding, stream.errors, stream.line_buffering, stream.write_through, stream.isatty())
print('signals', signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGXFSZ))
print('limits', [resource.getrlimit(r) for r in (resource.RLIMIT_CPU, resource.RLIMIT_FSIZE, resource.RLIMIT_NOFILE, resource.RLIMIT_NPROC, resource.RLIMIT_CORE)])
print('gc', gc.isenabled(), gc.get_threshold(), sys.getrecursionlimit())
vfs = os.statvfs('/work')
print('workdir', vfs.f_blocks * vfs.f_frsize, vfs.f_files)
print('stdin', sys.stdin.read())
class Noisy:
    def __del__(self):
        print('finalised at exit')
noisy = Noisy()
import atexit
atexit.register(print, 'atexit ran')
sys.stdout.write('unflushed, no newline')
)PY";
    RunOptions options;
    options.limits.workDirBytes = 8 << 20; // not the default: a prepared sandbox resizes its tmpfs
    options.limits.workDirFiles = 500;
    options.environment.insert(QStringLiteral("GREETING"), QStringLiteral("hello"));
    options.stdinData = "line one\nline two\n";

    const Outcome executed = runThrough(nullptr, probe, options);
    const Outcome preloaded = runThrough(hosts, probe, options);
    CHECK_STATUS(executed, RunStatus::Ok);
    CHECK_STATUS(preloaded, RunStatus::Ok);
    QVERIFY2(!executed.result.preloaded, qPrintable(describe(executed)));
    QVERIFY2(preloaded.result.preloaded, qPrintable(describe(preloaded)));
    // Each run has its own marker variable: compare with it blanked.
    QByteArray expected = executed.result.stdoutData;
    QByteArray actual = preloaded.result.stdoutData;
    expected.replace(executed.marker, "MARKER");
    actual.replace(preloaded.marker, "MARKER");
    QCOMPARE(actual, expected);
    QCOMPARE(preloaded.result.stderrData, executed.result.stderrData);
    QVERIFY2(expected.contains("workdir 8388608 500"), qPrintable(describe(executed)));
    QVERIFY2(expected.contains("finalised at exit") && expected.endsWith("unflushed, no newlineatexit ran\nfinalised at exit\n"),
             qPrintable(describe(executed)));
    CHECK_HOST(preloaded);

    // The strict profile's guard (its modules preloaded by the host): the same output, the same traceback.
    const QByteArray strictProgram = R"PY(import json, math
print(json.dumps({'pi': round(math.pi, 3)}), __name__)
def divide(a, b):
    return a / b
print(divide(1, 0))
)PY";
    RunOptions strict;
    strict.profile = Profile::Strict;
    const Outcome strictExecuted = runThrough(nullptr, strictProgram, strict);
    const Outcome strictPreloaded = runThrough(hosts, strictProgram, strict);
    CHECK_STATUS(strictExecuted, RunStatus::RuntimeError);
    CHECK_STATUS(strictPreloaded, RunStatus::RuntimeError);
    QVERIFY2(strictPreloaded.result.preloaded, qPrintable(describe(strictPreloaded)));
    QCOMPARE(strictPreloaded.result.stdoutData, strictExecuted.result.stdoutData);
    QCOMPARE(strictPreloaded.result.stderrData, strictExecuted.result.stderrData);
    QVERIFY2(strictExecuted.result.stderrData.contains("ZeroDivisionError"), qPrintable(describe(strictExecuted)));
    CHECK_HOST(strictPreloaded);
}

void SandboxSecurityTest::runCannotReadAnEarlierRunFromItsMemory()
{
    SandboxHostPool *hosts = hostsForPreloadedRuns();
    QVERIFY2(hosts, "code-remote-sandbox-host is not built");
    const QScopedValueRollback<SandboxHostPool *> withHost(m_hosts, hosts);
    // The first run holds secrets in its code, its input and its environment...
    const QByteArray codeSecret = uniqueToken("codesecret");
    const QByteArray inputSecret = uniqueToken("inputsecret");
    const QByteArray envSecret = uniqueToken("envvarsecret");
    RunOptions first;
    first.environment.insert(QStringLiteral("FIRST_RUN_SECRET"), QString::fromLatin1(envSecret));
    first.stdinData = inputSecret + '\n';
    Outcome earlier = run("secret = '" + codeSecret + "'\nimport sys\ndata = sys.stdin.read()\nprint(len(secret + data))\n", first);
    CHECK_STATUS(earlier, RunStatus::Ok);

    // ...the next searches all of its own memory for them, and for the runner's secret.
    const QByteArray scan = R"PY(import re, sys
needles = [n.encode() for n in sys.argv[1:]] if len(sys.argv) > 1 else []
found = set()
with open('/proc/self/maps') as maps, open('/proc/self/mem', 'rb', 0) as mem:
    for line in maps:
        addresses, perms = line.split()[:2]
        if not perms.startswith('r'):
            continue
        start, end = (int(a, 16) for a in addresses.split('-'))
        try:
            mem.seek(start)
            chunk = mem.read(end - start)
        except (OSError, ValueError, OverflowError):
            continue
        for prefix in (b'codesecret', b'inputsecret', b'envvarsecret', b'envsecret'):
            for match in re.finditer(re.escape(prefix) + rb'[0-9a-f]{32}', chunk):
                found.add(match.group().decode())
print('FOUND', sorted(found))
)PY";
    const Outcome later = run(scan);
    CHECK_STATUS(later, RunStatus::Ok);
    QVERIFY2(later.result.preloaded, qPrintable(describe(later)));
    QVERIFY2(later.result.stdoutData.contains("FOUND"), qPrintable(describe(later)));
    for (const QByteArray &secret : {codeSecret, inputSecret, envSecret, m_envSecret})
        CHECK_OUTPUT_LACKS(later, secret);
    CHECK_HOST(later);
}

void SandboxSecurityTest::preloadedRunCannotLearnWhereTheHostLives()
{
    SandboxHostPool *hosts = hostsForPreloadedRuns();
    QVERIFY2(hosts, "code-remote-sandbox-host is not built");
    const QScopedValueRollback<SandboxHostPool *> withHost(m_hosts, hosts);
    // The program is a fork of the host: what the kernel says about its executable, mappings and
    // command line must not name the directory the host was started from (a home, a user name).
    const Outcome outcome = run(R"PY(import os
for path in ('/proc/self/exe', '/proc/1/exe'):
    try:
        print('LINK', path, os.readlink(path))
    except OSError as error:
        print('denied', path, error.errno)
for path in ('/proc/self/maps', '/proc/self/cmdline', '/proc/self/environ', '/proc/1/maps', '/proc/1/cmdline', '/proc/1/environ'):
    try:
        with open(path, 'rb') as f:
            print('FILE', path, f.read())
    except OSError as error:
        print('denied', path, error.errno)
)PY");
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "LINK /proc/self/exe");
    const QString hostDirectory = QFileInfo(SandboxHostPool::hostExecutable()).canonicalPath();
    CHECK_OUTPUT_LACKS(outcome, QFile::encodeName(hostDirectory));
    CHECK_OUTPUT_LACKS(outcome, QFile::encodeName(QCoreApplication::applicationDirPath()));
    CHECK_OUTPUT_LACKS(outcome, "code-remote-hosts");
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::readOnlyCacheCanBeReadButNotChanged()
{
    // A cache of the runner's caller (RunRequest::readOnlyCache, a JVM's class archive in production)
    // in a 0700 directory of ours, as under $XDG_CACHE_HOME/code-remote: root's sandbox (nobody
    // outside) reaches it only through the mount root's supervisor clones.
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    QTemporaryDir top;
    QVERIFY(top.isValid());
    const QString cache = top.filePath(QStringLiteral("entry"));
    QVERIFY(QDir().mkpath(cache));
    QFile::setPermissions(cache, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                     | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString data = cache + QStringLiteral("/data.bin");
    const QByteArray content = "cached-" + uniqueToken("content");
    {
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    RunOptions options;
    options.readOnlyCache = cache;
    const Outcome outcome = run(R"PY(import os
try:
    print('read', open('/cache/data.bin').read(), flush=True)
except OSError as error:
    print('absent', error.errno, flush=True)
attempts = {
    'write': lambda: open('/cache/data.bin', 'r+').write('changed'),
    'append': lambda: open('/cache/data.bin', 'a').write('changed'),
    'truncate': lambda: os.truncate('/cache/data.bin', 0),
    'create': lambda: open('/cache/new.bin', 'w').write('planted'),
    'mkdir': lambda: os.mkdir('/cache/dir'),
    'chmod': lambda: os.chmod('/cache/data.bin', 0o666),
    'rename': lambda: os.rename('/cache/data.bin', '/cache/moved.bin'),
    'unlink': lambda: os.unlink('/cache/data.bin'),
    'symlink': lambda: os.symlink('/work', '/cache/link'),
    'via proc': lambda: open('/proc/self/root/cache/data.bin', 'r+').write('changed'),
}
for name, attempt in attempts.items():
    try:
        attempt()
        print('changed by', name, flush=True)
    except OSError as error:
        print('refused', name, error.errno, flush=True)
print('done', flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "done");
    CHECK_OUTPUT_LACKS(outcome, "changed by");
    // Shown with a mount namespace; without one there is nothing to show it in, and the run goes on.
    if (Mode(mode) == Mode::NoUserNamespace)
        CHECK_OUTPUT_HAS(outcome, "absent");
    else
        CHECK_OUTPUT_HAS(outcome, "read " + content);
    QFile file(data);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QDir(cache).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("data.bin")});
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::refusesWritingOutsideTheWorkDirectory()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    const QString name = QString::fromLatin1(uniqueToken("code-remote-escape-"));
    const QStringList targets{QStringLiteral("/") + name,
                              QStringLiteral("/usr/") + name,
                              QStringLiteral("/etc/") + name,
                              QStringLiteral("/tmp/") + name,
                              QStringLiteral("/var/tmp/") + name,
                              QStringLiteral("/dev/shm/") + name,
                              QDir::homePath() + QLatin1Char('/') + name,
                              m_openDir + QLatin1Char('/') + name,
                              m_runtimeDir.path() + QLatin1Char('/') + name};
    RunOptions options;
    options.environment.insert(QStringLiteral("TARGETS"), joinLines(targets));
    const Outcome outcome = run(R"PY(import os
for target in os.environ['TARGETS'].split('\n'):
    for path in (target, '/proc/self/root' + target, '/proc/1/root' + target):
        try:
            with open(path, 'w') as f:
                f.write('escaped')
            print('wrote', path, flush=True)
        except OSError as error:
            print('refused', path, error.errno, flush=True)
    try:
        os.mkdir(target + '.d')
        print('made', target + '.d', flush=True)
    except OSError as error:
        print('refused mkdir', target, error.errno, flush=True)
print('done', flush=True)
)PY",
                                options);
    QStringList escaped;
    for (const QString &target : targets) {
        for (const QString &path : {target, target + QStringLiteral(".d")}) {
            if (QFileInfo::exists(path)) {
                escaped << path;
                QFileInfo(path).isDir() ? QDir().rmdir(path) : QFile::remove(path);
            }
        }
    }
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "done");
    QVERIFY2(escaped.isEmpty(), qPrintable(QStringLiteral("the program wrote on the host: ") + escaped.join(QStringLiteral(", ")) + QLatin1Char('\n') + describe(outcome)));
    CHECK_HOST(outcome);
}

// The program leaves links in its work directory to host files and directories (and tries to write
// through them and through hard links). With namespaces they resolve inside the sandbox; without, the
// supervisor deletes the host work directory afterwards and must only ever unlink a link, never
// follow it (Judge0's CVE-2024-28185 class).
void SandboxSecurityTest::checkPlantedLinks(Mode mode)
{
    const ModeScope scope{mode};
    QStringList targets{m_sentinelFile, m_sentinelDir, QStringLiteral("/etc/passwd"), m_scratch.path(), m_tmpSecretPath};
    if (!m_homeSecretPath.isEmpty())
        targets << m_homeSecretPath << QDir::homePath();
    RunOptions options;
    options.environment.insert(QStringLiteral("TARGETS"), joinLines(targets));
    const QByteArray sentinelDirHash = fileHash(m_sentinelDir + QStringLiteral("/keep.txt"));
    const QByteArray homeSecretHash = m_homeSecretPath.isEmpty() ? QByteArray() : fileHash(m_homeSecretPath);
    const Outcome outcome = run(R"PY(import os
print('cwd', os.getcwd(), flush=True)
targets = os.environ['TARGETS'].split('\n')
for i, target in enumerate(targets):
    link = 'link%d' % i
    os.symlink(target, link)
    try:
        with open(link, 'a') as f:
            f.write('pwned through a link\n')
        print('wrote through', link, flush=True)
    except OSError as error:
        print('refused', link, error.errno)
    try:
        with open(link + '/planted', 'w') as f:
            f.write('pwned\n')
        print('planted in', link, flush=True)
    except OSError as error:
        print('refused', link + '/planted', error.errno)
    try:
        os.link(target, 'hard%d' % i)
        with open('hard%d' % i, 'a') as f:
            f.write('pwned through a hard link\n')
        print('wrote through hard link', i, flush=True)
    except OSError as error:
        print('refused hard link', i, error.errno)
# Nested links and links to the root and to the work directory itself, so that a careless recursive
# delete meets them at every depth. (Directories the program locks are removesTheWorkDirectory's.)
os.makedirs('nest/deeper/deepest')
for i, target in enumerate(targets):
    os.symlink(target, 'nest/inner%d' % i)
    os.symlink(target, 'nest/deeper/deepest/inner%d' % i)
os.symlink('/', 'nest/root')
os.symlink(os.getcwd(), 'nest/self')
os.symlink('..', 'nest/deeper/up')
print('planted', flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "planted");
    QCOMPARE(fileHash(m_sentinelFile), m_sentinelHash);
    QCOMPARE(fileHash(m_sentinelDir + QStringLiteral("/keep.txt")), sentinelDirHash);
    QCOMPARE(fileHash(QStringLiteral("/etc/passwd")), m_passwdHash);
    QVERIFY(QFileInfo::exists(m_tmpSecretPath));
    if (!m_homeSecretPath.isEmpty())
        QCOMPARE(fileHash(m_homeSecretPath), homeSecretHash);
    QVERIFY2(!QFileInfo::exists(m_scratch.filePath(QStringLiteral("planted"))), "a file was planted in the scratch directory");
    CHECK_HOST(outcome); // also: the sentinel directory holds keep.txt alone, the host work directory is gone
}

void SandboxSecurityTest::doesNotFollowSymlinksLeftInTheWorkDirectory()
{
    checkPlantedLinks(Mode::AllLayers);
}

void SandboxSecurityTest::removesHostWorkDirWithoutFollowingPlantedSymlinks()
{
    checkPlantedLinks(Mode::NoUserNamespace);
}

void SandboxSecurityTest::removesTheWorkDirectory()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    // Everything that makes a recursive delete hard: depth, many files, a FIFO, a directory without
    // any permission, a read-only directory with contents, a file without permissions.
    const Outcome outcome = run(R"PY(import os
print('cwd', os.getcwd(), flush=True)
path = 'deep'
for level in range(40):
    path = os.path.join(path, 'level%d' % level)
os.makedirs(path)
for i in range(300):
    with open('file%d' % i, 'w') as f:
        f.write('x')
os.mkfifo('fifo')
os.makedirs('readonly/sub')
with open('readonly/sub/file', 'w') as f:
    f.write('x')
os.chmod('readonly/sub', 0o500)
os.chmod('readonly', 0o500)
os.makedirs('closed/sub')
with open('closed/sub/file', 'w') as f:
    f.write('x')
os.chmod('closed/sub', 0)
os.chmod('closed', 0)
with open('noperm', 'w') as f:
    f.write('x')
os.chmod('noperm', 0)
print('made', flush=True)
)PY");
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "made");
    const QRegularExpressionMatch cwd = QRegularExpression(QStringLiteral("cwd (\\S+)")).match(QString::fromUtf8(outcome.result.stdoutData));
    QVERIFY2(cwd.hasMatch(), qPrintable(describe(outcome)));
    if (cwd.captured(1) != QStringLiteral("/work") && QFileInfo::exists(cwd.captured(1))) {
        QProcess find;
        find.start(QStringLiteral("find"), {cwd.captured(1), QStringLiteral("-printf"), QStringLiteral("%m %p\\n")});
        find.waitForFinished();
        QFAIL(qPrintable(QStringLiteral("the host work directory %1 is still there, holding:\n%2")
                             .arg(cwd.captured(1), QString::fromUtf8(find.readAll().left(2000)))));
    }
    CHECK_HOST(outcome); // nothing left in $XDG_RUNTIME_DIR
}

void SandboxSecurityTest::limitsTheWorkDirectory()
{
    // The architecture: the work directory and the private /tmp hold at most 64 MiB and 10,000 files
    // each (ENOSPC past that), one file at most 16 MiB (EFBIG). The program stops by itself at 96 MiB
    // and 12,000 files so that a missing limit cannot fill the host's disk.
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 15000;
    options.limits.memoryBytes = 256LL * 1024 * 1024; // tmpfs pages count as the program's memory
    const Outcome outcome = run(R"PY(import errno, os
chunk = b'\x01' * (1 << 20)
try:
    with open('big', 'wb') as f:
        for _ in range(17):
            f.write(chunk)
            f.flush()
    print('FILE unlimited', flush=True)
except OSError as error:
    print('FILE limited', errno.errorcode.get(error.errno), os.path.getsize('big') >> 20, flush=True)
os.remove('big')
total = 0
try:
    for i in range(12):
        with open('part%d' % i, 'wb') as f:
            for _ in range(8):
                f.write(chunk)
                f.flush()
                total += 1
    print('SPACE unlimited', total, flush=True)
except OSError as error:
    print('SPACE limited', errno.errorcode.get(error.errno), total, flush=True)
for i in range(12):
    if os.path.exists('part%d' % i):
        os.remove('part%d' % i)
os.mkdir('many')
count = 0
try:
    for i in range(12000):
        open('many/%d' % i, 'w').close()
        count += 1
    print('FILES unlimited', count, flush=True)
except OSError as error:
    print('FILES limited', errno.errorcode.get(error.errno), count, flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "FILE limited EFBIG 16");
    const QString text = QString::fromUtf8(outcome.result.stdoutData);
    // Without a mount namespace the work directory is a plain host directory, which no unprivileged
    // mechanism can cap: only the per-file limit holds (README, "The sandbox"). The expected failures
    // keep this known gap visible, and turn into a failure the day it is closed.
    if (Mode(mode) == Mode::NoUserNamespace) {
        QEXPECT_FAIL("", "no size or file-count cap on a host work directory without a mount namespace", Continue);
        QVERIFY(text.contains(QLatin1String("SPACE limited ENOSPC")));
        QEXPECT_FAIL("", "no size or file-count cap on a host work directory without a mount namespace", Continue);
        QVERIFY(text.contains(QLatin1String("FILES limited ENOSPC")));
        CHECK_HOST(outcome);
        return;
    }
    const QRegularExpressionMatch space = QRegularExpression(QStringLiteral("SPACE limited ENOSPC (\\d+)")).match(text);
    QVERIFY2(space.hasMatch() && space.captured(1).toInt() <= 64,
             qPrintable(QStringLiteral("the work directory is not limited to 64 MiB\n") + describe(outcome)));
    const QRegularExpressionMatch files = QRegularExpression(QStringLiteral("FILES limited ENOSPC (\\d+)")).match(text);
    QVERIFY2(files.hasMatch() && files.captured(1).toInt() <= 10000,
             qPrintable(QStringLiteral("the work directory is not limited to 10,000 files\n") + describe(outcome)));
    CHECK_HOST(outcome);
}

// ---------------------------------------------------------------------------------------------------
// Network: each listener is first proven reachable by the same client run on the host.

void SandboxSecurityTest::refusesTcpConnections()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    QTcpServer server;
    if (!server.listen(QHostAddress::Any))
        QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, &server, [&server, &connections] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->deleteLater();
        }
    });
    const QByteArray client = R"PY(import os, socket
port = int(os.environ['PORT'])
for host in ('127.0.0.1', 'localhost', socket.gethostname()):
    try:
        s = socket.create_connection((host, port), timeout=1)
        s.sendall(b'hello')
        s.close()
        print('CONNECTED', host, flush=True)
    except OSError as error:
        print('refused', host, error.errno, flush=True)
)PY";
    QMap<QString, QString> environment{{QStringLiteral("PORT"), QString::number(server.serverPort())}};
    const QByteArray control = runOnHost(client, environment);
    QVERIFY2(control.contains("CONNECTED 127.0.0.1"), control.constData());
    QTRY_VERIFY_WITH_TIMEOUT(connections > 0, 5000);
    connections = 0;

    RunOptions options;
    options.environment = environment;
    const Outcome outcome = run(client, options);
    QTest::qWait(200);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "refused 127.0.0.1");
    CHECK_OUTPUT_LACKS(outcome, "CONNECTED");
    QCOMPARE(connections, 0);
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::refusesUdpDatagrams()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    const QByteArray client = R"PY(import os, socket
port = int(os.environ['PORT'])
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for _ in range(3):
        s.sendto(b'hello', ('127.0.0.1', port))
    print('SENT', flush=True)
except OSError as error:
    print('refused', error.errno, flush=True)
)PY";
    QMap<QString, QString> environment{{QStringLiteral("PORT"), QString::number(receiver.localPort())}};
    const QByteArray control = runOnHost(client, environment);
    QVERIFY2(control.contains("SENT"), control.constData());
    QTRY_VERIFY_WITH_TIMEOUT(receiver.hasPendingDatagrams(), 5000);
    while (receiver.hasPendingDatagrams())
        receiver.receiveDatagram();

    RunOptions options;
    options.environment = environment;
    const Outcome outcome = run(client, options);
    QTest::qWait(200);
    CHECK_STATUS(outcome, RunStatus::Ok);
    QVERIFY2(!receiver.hasPendingDatagrams(), qPrintable(QStringLiteral("a datagram from the sandbox arrived\n") + describe(outcome)));
    if (outcome.output().contains("SENT"))
        qWarning("the sandboxed program could send UDP (nothing arrived): %s", qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

namespace {
const QByteArray kUnixClient = R"PY(import os, socket
address = os.environ['ADDRESS']
candidates = ['\0' + address] if os.environ['ABSTRACT'] == '1' else [address, '/proc/self/root' + address, '/proc/1/root' + address]
for candidate in candidates:
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(1)
        s.connect(candidate)
        s.sendall(b'hello')
        s.close()
        print('CONNECTED', repr(candidate), flush=True)
    except OSError as error:
        print('refused', repr(candidate), error.errno, flush=True)
)PY";
}

void SandboxSecurityTest::refusesUnixPathSockets()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    QLocalServer server;
    server.setSocketOptions(QLocalServer::WorldAccessOption);
    QVERIFY2(server.listen(m_scratch.filePath(QStringLiteral("listener.sock"))), qPrintable(server.errorString()));
    int connections = 0;
    connect(&server, &QLocalServer::newConnection, &server, [&server, &connections] {
        while (QLocalSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->deleteLater();
        }
    });
    QMap<QString, QString> environment{{QStringLiteral("ADDRESS"), server.fullServerName()}, {QStringLiteral("ABSTRACT"), QStringLiteral("0")}};
    const QByteArray control = runOnHost(kUnixClient, environment);
    QVERIFY2(control.contains("CONNECTED"), control.constData());
    QTRY_VERIFY_WITH_TIMEOUT(connections > 0, 5000);
    connections = 0;

    RunOptions options;
    options.environment = environment;
    const Outcome outcome = run(kUnixClient, options);
    QTest::qWait(200);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "refused");
    CHECK_OUTPUT_LACKS(outcome, "CONNECTED");
    QCOMPARE(connections, 0);
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::refusesAbstractUnixSockets()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    QLocalServer server;
    server.setSocketOptions(QLocalServer::AbstractNamespaceOption);
    QVERIFY2(server.listen(QString::fromLatin1(uniqueToken("code-remote-test-abstract-"))), qPrintable(server.errorString()));
    int connections = 0;
    connect(&server, &QLocalServer::newConnection, &server, [&server, &connections] {
        while (QLocalSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->deleteLater();
        }
    });
    QMap<QString, QString> environment{{QStringLiteral("ADDRESS"), server.fullServerName()}, {QStringLiteral("ABSTRACT"), QStringLiteral("1")}};
    const QByteArray control = runOnHost(kUnixClient, environment);
    QVERIFY2(control.contains("CONNECTED"), control.constData());
    QTRY_VERIFY_WITH_TIMEOUT(connections > 0, 5000);
    connections = 0;

    RunOptions options;
    options.environment = environment;
    const Outcome outcome = run(kUnixClient, options);
    QTest::qWait(200);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "refused");
    CHECK_OUTPUT_LACKS(outcome, "CONNECTED");
    QCOMPARE(connections, 0);
    CHECK_HOST(outcome);
}

// ---------------------------------------------------------------------------------------------------
// System calls: each row calls one forbidden call through ctypes; seccomp must kill the program
// (SIGSYS) before the call does anything, and the run ends as a `syscall` security violation.

namespace {
const QByteArray kSyscallPrelude = R"PY(import ctypes, os, platform, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
NR = {
    'x86_64': dict(ptrace=101, process_vm_readv=310, process_vm_writev=311, unshare=272, setns=308, clone=56,
                   mount=165, umount2=166, pivot_root=155, chroot=161, keyctl=250, add_key=248, request_key=249,
                   io_uring_setup=425, io_uring_enter=426, io_uring_register=427, bpf=321, perf_event_open=298,
                   userfaultfd=323, finit_module=313, kexec_load=246, open_tree=428, fsopen=430),
    'aarch64': dict(ptrace=117, process_vm_readv=270, process_vm_writev=271, unshare=97, setns=268, clone=220,
                    mount=40, umount2=39, pivot_root=41, chroot=51, keyctl=219, add_key=217, request_key=218,
                    io_uring_setup=425, io_uring_enter=426, io_uring_register=427, bpf=280, perf_event_open=241,
                    userfaultfd=282, finit_module=273, kexec_load=104, open_tree=428, fsopen=430),
}.get(platform.machine())
if NR is None:
    print('UNSUPPORTED-ARCH', platform.machine(), flush=True)
    sys.exit(0)
def arg(value):
    return ctypes.c_long(value) if isinstance(value, int) else value
def sc(name, *args):
    return libc.syscall(ctypes.c_long(NR[name]), *[arg(a) for a in args])
def s(text):
    return ctypes.c_char_p(text)
print('BEFORE', flush=True)
)PY";

void addSyscallColumns()
{
    QTest::addColumn<QByteArray>("call");
}
} // namespace

void SandboxSecurityTest::runSyscallRow()
{
    QFETCH(QByteArray, call);
    const QByteArray program = kSyscallPrelude + call + "\nprint('AFTER', result, ctypes.get_errno(), flush=True)\n";
    const Outcome outcome = run(program);
    if (outcome.output().contains("UNSUPPORTED-ARCH"))
        QSKIP("no syscall numbers for this architecture");
    CHECK_STATUS(outcome, RunStatus::SecurityViolation);
    bool syscallViolation = false;
    for (const Violation &violation : outcome.result.violations)
        syscallViolation = syscallViolation || violation.kind == QStringLiteral("syscall");
    QVERIFY2(syscallViolation, qPrintable(describe(outcome)));
    QCOMPARE(outcome.result.signal, std::optional<int>(SIGSYS));
    CHECK_OUTPUT_HAS(outcome, "BEFORE");
    CHECK_OUTPUT_LACKS(outcome, "AFTER");
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::killsPtrace_data()
{
    addSyscallColumns();
    QTest::newRow("ptrace traceme") << QByteArray("result = libc.ptrace(0, 0, None, None)");
    QTest::newRow("ptrace attach to parent") << QByteArray("result = sc('ptrace', 16, os.getppid(), 0, 0)");
    QTest::newRow("process_vm_readv") << QByteArray("buf = ctypes.create_string_buffer(16)\n"
                                                    "iov = (ctypes.c_void_p * 2)(ctypes.cast(buf, ctypes.c_void_p), 16)\n"
                                                    "result = sc('process_vm_readv', os.getppid(), iov, 1, iov, 1, 0)");
    QTest::newRow("process_vm_writev") << QByteArray("result = sc('process_vm_writev', os.getppid(), 0, 0, 0, 0, 0)");
}

void SandboxSecurityTest::killsNamespaceAndMountCalls_data()
{
    addSyscallColumns();
    QTest::newRow("unshare user") << QByteArray("result = sc('unshare', 0x10000000)");
    QTest::newRow("unshare mount") << QByteArray("result = sc('unshare', 0x00020000)");
    QTest::newRow("unshare net") << QByteArray("result = sc('unshare', 0x40000000)");
    QTest::newRow("setns") << QByteArray("result = sc('setns', 0, 0)");
    QTest::newRow("clone new user") << QByteArray("result = sc('clone', 0x10000000 | 17, 0, 0, 0, 0)\nif result == 0:\n    os._exit(0)");
    QTest::newRow("clone new pid") << QByteArray("result = sc('clone', 0x20000000 | 17, 0, 0, 0, 0)\nif result == 0:\n    os._exit(0)");
    QTest::newRow("mount tmpfs") << QByteArray("result = sc('mount', s(b'none'), s(b'/tmp'), s(b'tmpfs'), 0, 0)");
    QTest::newRow("umount2") << QByteArray("result = sc('umount2', s(b'/tmp'), 2)");
    QTest::newRow("pivot_root") << QByteArray("result = sc('pivot_root', s(b'/tmp'), s(b'/tmp'))");
    QTest::newRow("chroot") << QByteArray("result = sc('chroot', s(b'/tmp'))");
    QTest::newRow("open_tree") << QByteArray("result = sc('open_tree', -100, s(b'/'), 1)");
    QTest::newRow("fsopen") << QByteArray("result = sc('fsopen', s(b'tmpfs'), 0)");
}

void SandboxSecurityTest::killsKeyctl_data()
{
    addSyscallColumns();
    QTest::newRow("keyctl") << QByteArray("result = sc('keyctl', 0, -3, 0)");
    QTest::newRow("add_key") << QByteArray("result = sc('add_key', s(b'user'), s(b'code-remote'), s(b'x'), 1, -3)");
    QTest::newRow("request_key") << QByteArray("result = sc('request_key', s(b'user'), s(b'code-remote'), 0, -3)");
}

void SandboxSecurityTest::killsIoUring_data()
{
    addSyscallColumns();
    QTest::newRow("io_uring_setup") << QByteArray("params = ctypes.create_string_buffer(120)\nresult = sc('io_uring_setup', 4, params)");
    QTest::newRow("io_uring_enter") << QByteArray("result = sc('io_uring_enter', 0, 0, 0, 0, 0, 0)");
    QTest::newRow("io_uring_register") << QByteArray("result = sc('io_uring_register', 0, 0, 0, 0)");
}

void SandboxSecurityTest::killsOtherKernelInterfaces_data()
{
    addSyscallColumns();
    QTest::newRow("bpf") << QByteArray("result = sc('bpf', 0, 0, 0)");
    QTest::newRow("perf_event_open") << QByteArray("attr = ctypes.create_string_buffer(128)\nresult = sc('perf_event_open', attr, 0, -1, -1, 0)");
    QTest::newRow("userfaultfd") << QByteArray("result = sc('userfaultfd', 0)");
    QTest::newRow("finit_module") << QByteArray("result = sc('finit_module', 0, s(b''), 0)");
    QTest::newRow("kexec_load") << QByteArray("result = sc('kexec_load', 0, 0, 0, 0)");
}

namespace {
// i386 getpid (20) through int 0x80 from a page of machine code. Python has no executable anonymous
// memory (the JIT group is V8's and HotSpot's), so the code comes from a file, mapped executable as
// the loader maps a library.
const QByteArray kInt80Getpid = R"PY(import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
code = os.memfd_create('code')
os.write(code, b'\xb8\x14\x00\x00\x00\xcd\x80\xc3'.ljust(4096, b'\0'))
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
page = libc.mmap(None, 4096, 5, 1, code, 0)  # PROT_READ | PROT_EXEC, MAP_SHARED
function = ctypes.CFUNCTYPE(ctypes.c_int)(page)
result = function()
)PY";

// Whether this kernel runs i386 system calls at all. Built without IA32 emulation, or booted with
// ia32_emulation=0 (as some VM kernels are), int 0x80 faults with SIGSEGV before any filter sees it,
// in a sandbox or out of one: there is no call left for seccomp to kill. Asked once, outside the
// sandbox, with the same code.
bool kernelRunsInt80()
{
    static const bool runs = [] {
        QProcess probe;
        probe.start(QStringLiteral("python3"), {QStringLiteral("-I"), QStringLiteral("-c"), QString::fromUtf8(kInt80Getpid)});
        probe.waitForFinished(30000);
        return probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }();
    return runs;
}
} // namespace

void SandboxSecurityTest::kills32BitSyscalls()
{
    if (QByteArray(QTest::currentDataTag()) != "int 0x80" || kernelRunsInt80()) {
        runSyscallRow();
        return;
    }
    // No i386 entry in this kernel: the call cannot run, so what holds is that it faults in the
    // sandbox as it does outside, and the program never goes on past it.
    QFETCH(QByteArray, call);
    const Outcome outcome = run(kSyscallPrelude + call + "\nprint('AFTER', result, flush=True)\n");
    QVERIFY2(outcome.finished && outcome.result.signal == std::optional<int>(SIGSEGV), qPrintable(describe(outcome)));
    QVERIFY2(!outcome.output().contains("AFTER"), qPrintable(describe(outcome)));
}

void SandboxSecurityTest::kills32BitSyscalls_data()
{
    addSyscallColumns();
    QTest::newRow("int 0x80") << QByteArray(R"PY(if platform.machine() != 'x86_64':
    print('UNSUPPORTED-ARCH', flush=True)
    sys.exit(0)
)PY") + kInt80Getpid;
    // x32 getpid (__X32_SYSCALL_BIT | 39) and x32 ptrace (521).
    QTest::newRow("x32 getpid") << QByteArray("if platform.machine() != 'x86_64':\n    print('UNSUPPORTED-ARCH', flush=True)\n    sys.exit(0)\n"
                                              "result = libc.syscall(ctypes.c_long(0x40000000 | 39))");
    QTest::newRow("x32 ptrace") << QByteArray("if platform.machine() != 'x86_64':\n    print('UNSUPPORTED-ARCH', flush=True)\n    sys.exit(0)\n"
                                              "result = libc.syscall(ctypes.c_long(0x40000000 | 521), ctypes.c_long(0), ctypes.c_long(0), ctypes.c_long(0), ctypes.c_long(0))");
}

void SandboxSecurityTest::killsTerminalInjection_data()
{
    addSyscallColumns();
    QTest::newRow("TIOCSTI") << QByteArray("import fcntl, termios\nresult = fcntl.ioctl(0, termios.TIOCSTI, b'x')");
    QTest::newRow("TIOCSTI on stdout") << QByteArray("import fcntl, termios\nresult = fcntl.ioctl(1, termios.TIOCSTI, b'x')");
    QTest::newRow("TIOCLINUX") << QByteArray("import fcntl\nresult = fcntl.ioctl(0, 0x541C, b'\\x0b')");
}

// ---------------------------------------------------------------------------------------------------
// The process's own situation

void SandboxSecurityTest::closesEveryDescriptorAbove2()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    const Outcome outcome = run(R"PY(import os
opened = []
for fd in range(3, 4096):
    try:
        os.fstat(fd)
        opened.append(fd)
    except OSError:
        pass
print('OPEN', opened, flush=True)
try:
    listed = sorted(int(fd) for fd in os.listdir('/proc/self/fd'))
    print('LISTED', listed, flush=True)
except OSError as error:
    print('no /proc/self/fd', error.errno)
)PY");
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "OPEN []");
    // /proc/self/fd, where readable, shows 0-2 and the descriptor of the listing itself.
    if (outcome.output().contains("LISTED"))
        CHECK_OUTPUT_HAS(outcome, "LISTED [0, 1, 2, 3]");
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::hasNoControllingTerminal()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    const Outcome outcome = run(R"PY(import os
try:
    open('/dev/tty', 'rb')
    print('TTY opened', flush=True)
except OSError as error:
    print('no tty', error.errno, flush=True)
print('session leader', os.getsid(0) == os.getpid(), flush=True)
print('ttys', [os.isatty(fd) for fd in (0, 1, 2)], flush=True)
try:
    print('TTYNAME', os.ttyname(0))
except OSError:
    pass
try:
    print('TCPGRP', os.tcgetpgrp(0))
except OSError:
    pass
)PY");
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "no tty");
    CHECK_OUTPUT_HAS(outcome, "session leader True");
    CHECK_OUTPUT_HAS(outcome, "ttys [False, False, False]");
    CHECK_OUTPUT_LACKS(outcome, "TTY");
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::runsAsNonRootWithoutCapabilities()
{
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    const Outcome outcome = run(R"PY(import ctypes, os
libc = ctypes.CDLL(None, use_errno=True)
print('UIDS', *os.getresuid(), *os.getresgid(), flush=True)
class Header(ctypes.Structure):
    _fields_ = [('version', ctypes.c_uint32), ('pid', ctypes.c_int)]
class Data(ctypes.Structure):
    _fields_ = [('effective', ctypes.c_uint32), ('permitted', ctypes.c_uint32), ('inheritable', ctypes.c_uint32)]
header = Header(0x20080522, 0)
data = (Data * 2)()
libc.capget(ctypes.byref(header), data)
caps = [(d.effective, d.permitted, d.inheritable) for d in data]
print('CAPS', 'none' if all(v == 0 for c in caps for v in c) else caps, flush=True)
bounding = [cap for cap in range(64) if libc.prctl(23, cap, 0, 0, 0) == 1]
print('BOUNDING', bounding if bounding else 'none', flush=True)
print('NO_NEW_PRIVS', libc.prctl(39, 0, 0, 0, 0), flush=True)
print('SECCOMP', libc.prctl(21, 0, 0, 0, 0), flush=True)
try:
    os.setuid(0)
    print('BECAME ROOT', flush=True)
except OSError as error:
    print('setuid refused', error.errno, flush=True)
try:
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith(('CapEff', 'CapPrm', 'CapAmb', 'NoNewPrivs')):
                print('STATUS', line.strip().replace('\t', ' '), flush=True)
except OSError:
    pass
)PY");
    CHECK_STATUS(outcome, RunStatus::Ok);
    const QRegularExpressionMatch ids = QRegularExpression(QStringLiteral("UIDS ([\\d ]+)")).match(QString::fromUtf8(outcome.result.stdoutData));
    QVERIFY2(ids.hasMatch(), qPrintable(describe(outcome)));
    const QStringList values = ids.captured(1).trimmed().split(QLatin1Char(' '));
    QCOMPARE(values.size(), 6);
    for (const QString &value : values)
        QVERIFY2(value != QStringLiteral("0"), qPrintable(QStringLiteral("the program has a root id\n") + describe(outcome)));
    const bool namespaces = Mode(mode) != Mode::NoUserNamespace && m_layers.value(QStringLiteral("user_namespace"));
    if (namespaces)
        QVERIFY2(values.front() == QStringLiteral("1000"), qPrintable(describe(outcome)));
    CHECK_OUTPUT_HAS(outcome, "CAPS none");
    // Emptying the bounding set takes CAP_SETPCAP, which an unprivileged runner without a user namespace
    // does not have. What is left there cannot be gained: no_new_privs (checked below) blocks set-id and
    // file-capability execs, and the program holds no capability itself.
    if (namespaces || ::geteuid() == 0)
        CHECK_OUTPUT_HAS(outcome, "BOUNDING none");
    CHECK_OUTPUT_HAS(outcome, "NO_NEW_PRIVS 1");
    CHECK_OUTPUT_HAS(outcome, "SECCOMP 2");
    CHECK_OUTPUT_HAS(outcome, "setuid refused");
    if (outcome.output().contains("STATUS"))
        CHECK_OUTPUT_HAS(outcome, "STATUS CapEff: 0000000000000000");
    CHECK_HOST(outcome);
}

// ---------------------------------------------------------------------------------------------------
// Guard bypasses in strict: every one must be refused before it runs; the payload would create a file
// in a world-writable host directory, which must not appear either way.

void SandboxSecurityTest::rejectsGuardBypassesInStrict_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::newRow("subclass walk") << QByteArray(R"PY(for cls in ().__class__.__base__.__subclasses__():
    if cls.__name__ == '_wrap_close':
        cls.__init__.__globals__['system']('touch PAYLOAD')
)PY");
    QTest::newRow("subclass walk via type and mro") << QByteArray(R"PY(base = type(0).__mro__[-1]
for cls in type.__subclasses__(base):
    if cls.__name__ == 'BuiltinImporter':
        cls.load_module('posix').system('touch PAYLOAD')
)PY");
    QTest::newRow("traceback frame walk") << QByteArray(R"PY(def escape():
    try:
        raise ValueError
    except ValueError as error:
        frame = error.__traceback__.tb_frame
        while frame.f_back is not None:
            frame = frame.f_back
        return frame.f_globals['__builtins__']
escape().__import__('os').system('touch PAYLOAD')
)PY");
    QTest::newRow("generator frame walk") << QByteArray(R"PY(def gen():
    yield 1
g = gen()
builtins = g.gi_frame.f_builtins
builtins['__import__']('os').system('touch PAYLOAD')
)PY");
    QTest::newRow("__loader__") << QByteArray(R"PY(loader = __loader__
posix = loader.load_module('posix')
posix.system('touch PAYLOAD')
)PY");
    QTest::newRow("__spec__ loader") << QByteArray(R"PY(module = __spec__.loader.load_module('posix')
module.system('touch PAYLOAD')
)PY");
    QTest::newRow("format string attribute access") << QByteArray(R"PY(def f():
    pass
print('{0.__globals__[__builtins__]}'.format(f))
print('{0.__class__.__base__.__subclasses__}'.format(0))
)PY");
    QTest::newRow("format_map attribute access") << QByteArray(R"PY(def f():
    pass
template = '{f.__globals__}'
print(template.format_map({'f': f}))
)PY");
}

void SandboxSecurityTest::rejectsGuardBypassesInStrict()
{
    QFETCH(QByteArray, program);
    const QString payload = m_openDir + QStringLiteral("/guard-bypass");
    program.replace("PAYLOAD", QFile::encodeName(payload));
    RunOptions options;
    options.profile = Profile::Strict;
    const Outcome outcome = run(program, options);
    const bool escaped = QFileInfo::exists(payload);
    CHECK_STATUS(outcome, RunStatus::SecurityViolation);
    QVERIFY2(!outcome.result.violations.isEmpty(), qPrintable(describe(outcome)));
    for (const Violation &violation : outcome.result.violations)
        QVERIFY2(violation.line > 0 && !violation.detail.isEmpty(), qPrintable(describe(outcome)));
    QCOMPARE(outcome.result.stdoutData, QByteArray()); // refused before it ran
    QVERIFY2(!escaped, qPrintable(QStringLiteral("the payload ran: %1 exists\n").arg(payload) + describe(outcome)));
    CHECK_HOST(outcome);
}

// Each program tries, once it thinks it has escaped, to run a command, write a file and read a
// secret from the host; PAYLOAD and SECRET are replaced by paths. Static refusals end as
// security_violation before anything runs; the rest pass the static checks (their names are
// computed) and must be stopped by the guard's run-time layer, with nothing done on the host.
void SandboxSecurityTest::strictGuardEscapeCorpusIsStoppedInTheSandbox_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<int>("expectedStatus"); // a RunStatus
    QTest::addColumn<QByteArray>("refusal"); // in the output when the run-time layer refused it
    const QByteArray payload = R"PY(
def use(escaped):
    posix = escaped["posix"]
    posix.system("touch PAYLOAD")
    posix.close(posix.open("PAYLOAD", posix.O_WRONLY | posix.O_CREAT))
    print(escaped["builtins"].open("SECRET").read())
)PY";
    QTest::newRow("class pattern: metaclass __instancecheck__ and __match_args__ property")
        << QByteArray(R"PY(class Meta(type):
    def __instancecheck__(cls, obj):
        return True
    @property
    def __match_args__(cls):
        return (cls.want,)
class K(metaclass=Meta):
    want = "_" + "_glob" + "als_" + "_"
match exit:
    case K(found):
        use(found)
)PY") + payload
        << int(RunStatus::SecurityViolation) << QByteArray();
    QTest::newRow("class pattern: bound str.format") << QByteArray(R"PY(template = "{0._" + "_globals_" + "_}"
match template:
    case str(format=walk):
        print(walk(exit))
)PY") << int(RunStatus::SecurityViolation)
        << QByteArray();
    QTest::newRow("private submodule import") << QByteArray(R"PY(import re._compiler as c
print(c)
)PY") << int(RunStatus::SecurityViolation)
        << QByteArray();
    QTest::newRow("class pattern: __match_args__ computed by type()")
        << QByteArray(R"PY(def dunder(name):
    return "_" + "_" + name + "_" + "_"
Meta = type("Meta", (type,), {dunder("instancecheck"): lambda cls, obj: True})
K = Meta("K", (), {dunder("match_args"): (dunder("globals"),)})
match exit:
    case K(found):
        use(found)
)PY") + payload
        << int(RunStatus::RuntimeError) << QByteArray("class pattern on K");
    QTest::newRow("typing: annotations evaluated in a library module")
        << QByteArray(R"PY(import typing
def dunder(name):
    return "_" + "_" + name + "_" + "_"
K = type("K", (), {dunder("module"): "typing", dunder("annotations"): {"x": "collections"}})
typing.get_type_hints(K)
)PY") << int(RunStatus::RuntimeError)
        << QByteArray("in module 'typing' is not allowed in the strict profile");
}

void SandboxSecurityTest::strictGuardEscapeCorpusIsStoppedInTheSandbox()
{
    QFETCH(QByteArray, program);
    QFETCH(int, expectedStatus);
    const auto expected = RunStatus(expectedStatus);
    QFETCH(QByteArray, refusal);
    const QString payload = m_openDir + QStringLiteral("/guard-escape");
    program.replace("PAYLOAD", QFile::encodeName(payload));
    program.replace("SECRET", QFile::encodeName(m_tmpSecretPath));
    RunOptions options;
    options.profile = Profile::Strict;
    const Outcome outcome = run(program, options);
    const bool escaped = QFileInfo::exists(payload);
    CHECK_STATUS(outcome, expected);
    if (expected == RunStatus::SecurityViolation) {
        QVERIFY2(!outcome.result.violations.isEmpty(), qPrintable(describe(outcome)));
        QCOMPARE(outcome.result.stdoutData, QByteArray()); // refused before it ran
    } else {
        CHECK_OUTPUT_HAS(outcome, refusal);
    }
    QVERIFY2(!escaped, qPrintable(QStringLiteral("the payload ran: %1 exists\n").arg(payload) + describe(outcome)));
    CHECK_OUTPUT_LACKS(outcome, m_fileSecret);
    CHECK_OUTPUT_LACKS(outcome, "REPORT_FD"); // a name in the guard's globals
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::preloadedRunFindsNoHostPathInItsMemory()
{
    SandboxHostPool *hosts = hostsForPreloadedRuns();
    QVERIFY2(hosts, "code-remote-sandbox-host is not built");
    const QScopedValueRollback<SandboxHostPool *> withHost(m_hosts, hosts);
    // What must not be anywhere in a run's memory: where the host's socket is (its directory names the
    // user's runtime directory or uid), the runtime directory the host was given, and where the host
    // and this suite are installed. The program gets each needle as a pattern of one-character classes
    // in hex ([\x2f][\x74]...), so the needle itself is never in its memory unless it leaked.
    const QString hostDirectory = QFileInfo(SandboxHostPool::hostExecutable()).canonicalPath();
    QList<QByteArray> needles{
        QFile::encodeName(hosts->directory()),
        QFile::encodeName(QFileInfo(hosts->directory()).fileName()),
        QFile::encodeName(m_runtimeDir.path()),
        QByteArray("/run/user/") + QByteArray::number(::getuid()),
        QByteArray("code-remote-hosts"),
        QFile::encodeName(hostDirectory),
        QFile::encodeName(QCoreApplication::applicationDirPath()),
        QFile::encodeName(SandboxHostPool::hostExecutable()),
    };
    // A fragment too: the install directory without its first component ("wt/build/bin" of
    // "/home/wt/build/bin").
    if (const qsizetype second = hostDirectory.indexOf(QLatin1Char('/'), 1); second > 0)
        needles << QFile::encodeName(hostDirectory.mid(second + 1));
    QByteArray list;
    for (const QByteArray &needle : needles) {
        if (needle.size() < 8)
            continue;
        list += "    rb'";
        for (const char c : needle)
            list += "[\\x" + QByteArray(1, c).toHex() + "]";
        list += "',\n";
    }
    const QByteArray scan = "import re\npatterns = [\n" + list + R"PY(]
patterns = [re.compile(p) for p in patterns]
found = []
with open('/proc/self/maps') as maps, open('/proc/self/mem', 'rb', 0) as mem:
    for line in maps:
        fields = line.split()
        if not fields[1].startswith('r'):
            continue
        start, end = (int(a, 16) for a in fields[0].split('-'))
        try:
            mem.seek(start)
            chunk = mem.read(end - start)
        except (OSError, ValueError, OverflowError):
            continue
        for index, pattern in enumerate(patterns):
            for match in pattern.finditer(chunk):
                found.append('needle %d in %s at +%#x' % (index, fields[5] if len(fields) > 5 else 'anonymous', match.start()))
print('SCANNED', len(patterns))
print('FOUND', found)
)PY";
    const Outcome outcome = run(scan);
    CHECK_STATUS(outcome, RunStatus::Ok);
    QVERIFY2(outcome.result.preloaded, qPrintable(describe(outcome)));
    CHECK_OUTPUT_HAS(outcome, "SCANNED");
    CHECK_OUTPUT_HAS(outcome, "FOUND []");
    CHECK_HOST(outcome);
}

// ---------------------------------------------------------------------------------------------------
// Statuses the program cannot forge (issue 17, items 6 and 7)

namespace {
void addModeAndProgramRows(const QList<std::tuple<const char *, QByteArray, int>> &programs)
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<int>("signal");
    for (const auto &[modeName, mode] : {std::pair<const char *, Mode>{"all layers", Mode::AllLayers},
                                         {"no cgroup", Mode::NoCgroup},
                                         {"no user namespace", Mode::NoUserNamespace}}) {
        for (const auto &[name, program, signal] : programs)
            QTest::addRow("%s, %s", name, modeName) << int(mode) << program << signal;
    }
}
} // namespace

void SandboxSecurityTest::reportsASelfInflictedSignalAsARuntimeError_data()
{
    // Each program dies of a signal it sent itself (or its child sent it) long before any limit: the
    // run is a runtime error with that signal, not the limit the signal usually stands for.
    addModeAndProgramRows({
        {"SIGXCPU to itself", QByteArray("import os, signal\nos.kill(os.getpid(), signal.SIGXCPU)\n"), SIGXCPU},
        {"SIGKILL to itself", QByteArray("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n"), SIGKILL},
        {"SIGKILL after allocating",
         QByteArray("import os, signal\nblock = b'\\x01' * (48 << 20)\nos.kill(os.getpid(), signal.SIGKILL)\n"), SIGKILL},
        {"SIGXCPU after burning CPU", QByteArray(R"PY(import os, signal, time
while time.process_time() < 0.3:
    pass
os.kill(os.getpid(), signal.SIGXCPU)
)PY"),
         SIGXCPU},
        {"SIGXCPU from its child", QByteArray(R"PY(import os, signal, time
if os.fork() == 0:
    os.kill(os.getppid(), signal.SIGXCPU)
    os._exit(0)
time.sleep(10)
)PY"),
         SIGXCPU},
        {"SIGXFSZ to itself",
         QByteArray("import os, signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_DFL)\nos.kill(os.getpid(), signal.SIGXFSZ)\n"),
         SIGXFSZ},
    });
}

void SandboxSecurityTest::reportsASelfInflictedSignalAsARuntimeError()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, program);
    QFETCH(int, signal);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 8000;
    options.limits.cpuMs = 2000;
    const Outcome outcome = run(program, options);
    CHECK_STATUS(outcome, RunStatus::RuntimeError);
    QCOMPARE(outcome.result.signal, std::optional<int>(signal));
    QCOMPARE(outcome.result.exitCode, std::optional<int>());
    QCOMPARE(outcome.result.limit, TimeLimitKind::None);
    QVERIFY2(outcome.result.violations.isEmpty(), qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

// A seccomp filter of the program's own that kills it with SIGSYS at getppid(): install(call) loads it
// with `call` (given a pointer to the sock_fprog), then calls getppid().
const QByteArray kOwnFilter = R"PY(import ctypes
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
NR = {'x86_64': dict(seccomp=317, prctl=157, getppid=110),
      'aarch64': dict(seccomp=277, prctl=167, getppid=173)}.get(os.uname().machine)
class Op(ctypes.Structure):
    _fields_ = [('code', ctypes.c_ushort), ('jt', ctypes.c_ubyte), ('jf', ctypes.c_ubyte), ('k', ctypes.c_uint)]
class Prog(ctypes.Structure):
    _fields_ = [('len', ctypes.c_ushort), ('filter', ctypes.POINTER(Op))]
def install(call):
    if NR is None:
        return
    ops = (Op * 4)(Op(0x20, 0, 0, 0), Op(0x15, 0, 1, NR['getppid']), Op(0x06, 0, 0, 0x80000000),
                   Op(0x06, 0, 0, 0x7fff0000))
    prog = Prog(4, ops)
    result = call(ctypes.byref(prog))
    print('own filter', result, ctypes.get_errno(), flush=True)
    libc.syscall(ctypes.c_long(NR['getppid']))
)PY";

void SandboxSecurityTest::cannotForgeASyscallViolation_data()
{
    // Only seccomp's kill may end a run as a `syscall` violation. A program tries to undo the ignored
    // SIGSYS, then to deliver one to itself by every route it has; none may kill it.
    const QByteArray prelude = R"PY(import os, signal, sys, time
try:
    signal.signal(signal.SIGSYS, signal.SIG_DFL)
    print('SIGSYS RESTORED', flush=True)
except OSError as error:
    print('SIGSYS PINNED', error, flush=True)
)PY";
    const QByteArray epilogue = "time.sleep(0.3)\nprint('ALIVE', flush=True)\nsys.exit(3)\n";
    addModeAndProgramRows({
        {"kill", prelude + "os.kill(os.getpid(), signal.SIGSYS)\n" + epilogue, 0},
        {"raise_signal", prelude + "signal.raise_signal(signal.SIGSYS)\n" + epilogue, 0},
        {"pthread_kill", prelude + "import threading\nsignal.pthread_kill(threading.get_ident(), signal.SIGSYS)\n" + epilogue, 0},
        {"from a child", prelude + R"PY(if os.fork() == 0:
    os.kill(os.getppid(), signal.SIGSYS)
    os._exit(0)
os.wait()
)PY" + epilogue,
         0},
        {"blocked then unblocked", prelude + R"PY(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGSYS])
os.kill(os.getpid(), signal.SIGSYS)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGSYS])
)PY" + epilogue,
         0},
        {"F_SETSIG on a pipe", prelude + R"PY(import fcntl
r, w = os.pipe()
fcntl.fcntl(r, fcntl.F_SETOWN, os.getpid())
fcntl.fcntl(r, fcntl.F_SETSIG, signal.SIGSYS)
fcntl.fcntl(r, fcntl.F_SETFL, fcntl.fcntl(r, fcntl.F_GETFL) | os.O_ASYNC)
os.write(w, b'x')
)PY" + epilogue,
         0},
        {"rt_sigaction with high bits", prelude + R"PY(import ctypes
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
number = {'x86_64': 13, 'aarch64': 134}.get(os.uname().machine)
if number is not None:
    # The kernel reads the signal number as an int: 2**32 + SIGSYS is SIGSYS to it.
    action = (ctypes.c_ulong * 4)()  # SIG_DFL, no flags, no restorer, empty mask
    result = libc.syscall(ctypes.c_long(number), ctypes.c_long((1 << 32) | signal.SIGSYS), action, None,
                          ctypes.c_long(8))
    print('raw rt_sigaction', result, ctypes.get_errno(), flush=True)
os.kill(os.getpid(), signal.SIGSYS)
)PY" + epilogue,
         0},
        {"own seccomp filter", prelude + kOwnFilter + "install(lambda p: libc.syscall(ctypes.c_long(NR['seccomp']), ctypes.c_long(1), ctypes.c_long(0), p))\n" + epilogue, 0},
        {"own seccomp filter by prctl", prelude + kOwnFilter + "install(lambda p: libc.syscall(ctypes.c_long(NR['prctl']), ctypes.c_long(22), ctypes.c_long(2), p))\n" + epilogue, 0},
        {"own seccomp filter by prctl with high bits", prelude + kOwnFilter + "install(lambda p: libc.syscall(ctypes.c_long(NR['prctl']), ctypes.c_long((1 << 32) | 22), ctypes.c_long(2), p))\n" + epilogue, 0},
        {"clone exit signal", prelude + R"PY(import ctypes
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
number = {'x86_64': 56, 'aarch64': 220}.get(os.uname().machine)
if number is not None:
    # A fork whose exit signal is SIGSYS: the parent gets it when the child ends.
    pid = libc.syscall(ctypes.c_long(number), ctypes.c_long(signal.SIGSYS), ctypes.c_long(0), ctypes.c_long(0),
                       ctypes.c_long(0), ctypes.c_long(0))
    if pid == 0:
        os._exit(0)
    print('cloned', pid, flush=True)
)PY" + epilogue,
         0},
    });
}

void SandboxSecurityTest::cannotForgeASyscallViolation()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, program);
    const ModeScope scope{Mode(mode)};
    const Outcome outcome = run(program);
    CHECK_STATUS(outcome, RunStatus::RuntimeError);
    QCOMPARE(outcome.result.exitCode, std::optional<int>(3));
    QVERIFY2(outcome.result.violations.isEmpty(), qPrintable(describe(outcome)));
    CHECK_OUTPUT_HAS(outcome, "SIGSYS PINNED");
    CHECK_OUTPUT_HAS(outcome, "ALIVE");
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::reportsAForbiddenCallWithSigsysBlocked()
{
    // The ignored SIGSYS must not soften seccomp's kill, nor may blocking it.
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    const QByteArray program = kSyscallPrelude + R"PY(import signal
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGSYS])
result = sc('ptrace', 16, os.getppid(), 0, 0)
print('AFTER', result, flush=True)
)PY";
    const Outcome outcome = run(program);
    if (outcome.output().contains("UNSUPPORTED-ARCH"))
        QSKIP("no syscall numbers for this architecture");
    CHECK_STATUS(outcome, RunStatus::SecurityViolation);
    QCOMPARE(outcome.result.signal, std::optional<int>(SIGSYS));
    QCOMPARE(outcome.result.violations.size(), 1);
    QCOMPARE(outcome.result.violations.front().kind, QStringLiteral("syscall"));
    CHECK_OUTPUT_LACKS(outcome, "AFTER");
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::countsPagesSharedAfterForkOnce()
{
    // 40 MB touched once, then 20 children that only sleep: the tree's memory is about 40 MB plus 21
    // interpreters, far under 128 MB, although the resident sets add up to over 800 MB. Counted per
    // process (without a cgroup, before issue 17) the run ended as memory_limit.
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 15000;
    options.limits.memoryBytes = 128LL * 1024 * 1024;
    // Without a user namespace RLIMIT_NPROC counts every process and thread of the user (the suite's
    // own too, when it runs unprivileged): room for the tree's 21 or more.
    options.limits.processes = 64;
    const Outcome outcome = run(R"PY(import os, time
block = b'\x01' * (40 << 20)
children = []
for _ in range(20):
    pid = os.fork()
    if pid == 0:
        time.sleep(1.5)
        os._exit(0)
    children.append(pid)
for pid in children:
    os.waitpid(pid, 0)
print('shared', len(block) >> 20, 'MB with', len(children), 'children', flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::Ok);
    CHECK_OUTPUT_HAS(outcome, "shared 40 MB with 20 children");
    // The peak counts the shared block once too: at least the block, well under the limit.
    QVERIFY2(outcome.result.peakMemoryKb >= 40 * 1024 && outcome.result.peakMemoryKb < 128 * 1024,
             qPrintable(describe(outcome)));
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::countsPrivatePagesOfAForkedTree()
{
    // The same tree, but each child writes 10 MB of its own: 200 MB of private pages in all.
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 15000;
    options.limits.memoryBytes = 128LL * 1024 * 1024;
    // Without a user namespace RLIMIT_NPROC counts every process and thread of the user (the suite's
    // own too, when it runs unprivileged): room for the tree's 21 or more.
    options.limits.processes = 64;
    const Outcome outcome = run(R"PY(import os, time
block = b'\x01' * (40 << 20)
children = []
for _ in range(20):
    pid = os.fork()
    if pid == 0:
        own = bytearray(b'\x02' * (10 << 20))
        time.sleep(10)
        os._exit(0)
    children.append(pid)
for pid in children:
    os.waitpid(pid, 0)
print('ALL DONE', flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::MemoryLimit);
    CHECK_OUTPUT_LACKS(outcome, "ALL DONE");
    QVERIFY2(outcome.elapsedMs < 10000, qPrintable(describe(outcome))); // before the children's sleep ends
    CHECK_HOST(outcome);
}

void SandboxSecurityTest::countsMemoryOfATreeThatKeepsForking()
{
    // Two holders growing to 90 MB each (180 MB, over the 128 MB limit; neither alone is) that keep a
    // dozen short-lived children each: the children map the holders' pages, the tree changes under
    // every walk of the proportional sizes, and the run must still end at the limit.
    QFETCH(int, mode);
    const ModeScope scope{Mode(mode)};
    RunOptions options;
    options.limits.wallMs = 15000;
    options.limits.memoryBytes = 128LL * 1024 * 1024;
    // Without a user namespace RLIMIT_NPROC counts every process and thread of the user (the suite's
    // own too, when it runs unprivileged): room for the tree's 21 or more.
    options.limits.processes = 64;
    const Outcome outcome = run(R"PY(import os, time
os.fork()
blocks = []
end = time.monotonic() + 8
forks = alive = 0
while time.monotonic() < end:
    if alive < 12:
        try:
            if os.fork() == 0:
                time.sleep(0.05)
                os._exit(0)
            forks += 1
            alive += 1
        except OSError:
            time.sleep(0.001)
    else:
        os.wait()
        alive -= 1
        # Grow by 2 MB between forks, so that new pages are shared almost at once.
        if len(blocks) < 45:
            blocks.append(b'\x01' * (2 << 20))
print('SURVIVED', forks, flush=True)
)PY",
                                options);
    CHECK_STATUS(outcome, RunStatus::MemoryLimit);
    CHECK_OUTPUT_LACKS(outcome, "SURVIVED");
    CHECK_HOST(outcome);
}

QTEST_GUILESS_MAIN(SandboxSecurityTest)
#include "tst_sandboxsecurity.moc"
