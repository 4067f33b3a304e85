// Unit tests of the strict-profile Python guard (runner/python_guard.py).
//
// Each program in guard_cases/ says in its leading comments what the guard must do with it:
//   # expect: ok                          the static checks pass and the program runs
//   # expect: KIND DETAIL-SUBSTRING LINE  one violation reported on fd 3 (one line per violation)
//   # expect: compile LINE                a syntax error reported on fd 3
//   # exit: N | interrupted               the exit code (default 0 for ok, 1 otherwise)
//   # stdin: TEXT                         a line fed to the program's standard input
//   # stdout: TEXT                        the next expected line of standard output
//   # stderr: TEXT / # stderr-not: TEXT   text that standard error must (not) contain
// The guard runs directly, not in the sandbox: these tests check its logic, not the OS layers.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>

#include <fcntl.h>
#include <unistd.h>

namespace {

const QString kPython = QStringLiteral(PYTHON_EXECUTABLE);
const QString kGuard = QStringLiteral(GUARD_SCRIPT);
constexpr int kReportFd = 3;

struct Finding
{
    QString kind;
    QString detail;
    int line = 0;
};

struct CaseSpec
{
    bool expectOk = false;
    QList<Finding> findings; // detail is a substring to look for; empty for compile errors
    QString exit;            // "" (the default), a number, or "interrupted"
    QByteArray stdinData;
    QStringList stdoutLines;
    QStringList stderrContains;
    QStringList stderrLacks;
};

// Parses "KIND DETAIL... LINE" (or "compile LINE", or "ok").
bool parseExpectation(const QString &text, CaseSpec &spec)
{
    if (text == QLatin1String("ok")) {
        spec.expectOk = true;
        return true;
    }
    const int firstSpace = text.indexOf(QLatin1Char(' '));
    const int lastSpace = text.lastIndexOf(QLatin1Char(' '));
    if (firstSpace < 0)
        return false;
    bool isNumber = false;
    Finding finding;
    finding.kind = text.left(firstSpace);
    finding.line = text.mid(lastSpace + 1).toInt(&isNumber);
    if (lastSpace > firstSpace)
        finding.detail = text.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    spec.findings.append(finding);
    return isNumber;
}

bool parseCase(QByteArray source, CaseSpec &spec, QString &error)
{
    if (source.startsWith("\xEF\xBB\xBF"))
        source.remove(0, 3); // a byte-order mark before the header
    for (const QByteArray &rawLine : source.split('\n')) {
        const QString line = QString::fromUtf8(rawLine);
        if (!line.startsWith(QLatin1String("# ")))
            break; // the header is the leading block of comments
        const int colon = line.indexOf(QLatin1String(": "));
        if (colon < 0)
            continue;
        const QString key = line.mid(2, colon - 2);
        const QString value = line.mid(colon + 2);
        if (key == QLatin1String("expect")) {
            if (!parseExpectation(value, spec)) {
                error = QStringLiteral("bad expectation: ") + value;
                return false;
            }
        } else if (key == QLatin1String("exit")) {
            spec.exit = value;
        } else if (key == QLatin1String("stdin")) {
            spec.stdinData += value.toUtf8() + '\n';
        } else if (key == QLatin1String("stdout")) {
            spec.stdoutLines.append(value);
        } else if (key == QLatin1String("stderr")) {
            spec.stderrContains.append(value);
        } else if (key == QLatin1String("stderr-not")) {
            spec.stderrLacks.append(value);
        }
    }
    if (!spec.expectOk && spec.findings.isEmpty()) {
        error = QStringLiteral("the case has no '# expect:' line");
        return false;
    }
    return true;
}

QString describe(const QList<Finding> &findings)
{
    QStringList parts;
    for (const Finding &finding : findings)
        parts.append(QStringLiteral("%1 '%2' line %3").arg(finding.kind, finding.detail).arg(finding.line));
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral("; "));
}

// Each expected finding must match a different reported one, in any order.
bool findingsMatch(const QList<Finding> &expected, QList<Finding> reported)
{
    if (expected.size() != reported.size())
        return false;
    for (const Finding &want : expected) {
        const auto match = std::find_if(reported.begin(), reported.end(), [&want](const Finding &got) {
            return got.kind == want.kind && got.line == want.line && got.detail.contains(want.detail);
        });
        if (match == reported.end())
            return false;
        reported.erase(match);
    }
    return true;
}

// The result of one guard run: exit, output and what arrived on the report descriptor.
struct GuardRun
{
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = -1;
    QByteArray stdoutData;
    QByteArray stderrData;
    QByteArray report;
    bool finished = false;
};

void drain(int fd, QByteArray &into)
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return;
        into.append(buffer, n);
    }
}

// Runs the guard on `program`; with connectReport, fd 3 of the guard is a pipe read here.
GuardRun runGuard(const QString &program, const QByteArray &stdinData, bool connectReport)
{
    GuardRun run;
    int fds[2] = {-1, -1};
    if (connectReport && ::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return run;
    const int writeEnd = fds[1];

    QProcess process;
    process.setProgram(kPython);
    process.setArguments({QStringLiteral("-I"), QStringLiteral("-S"), QStringLiteral("-u"), kGuard, program});
    if (connectReport) {
        process.setChildProcessModifier([writeEnd] {
            // dup2 leaves the new descriptor without FD_CLOEXEC, so it survives exec; when the pipe
            // already is fd 3, clear the flag instead.
            if (writeEnd == kReportFd)
                ::fcntl(writeEnd, F_SETFD, 0);
            else
                ::dup2(writeEnd, kReportFd);
            // The guard writes blocking; only the read end here is non-blocking.
            ::fcntl(kReportFd, F_SETFL, ::fcntl(kReportFd, F_GETFL) & ~O_NONBLOCK);
        });
    }
    process.start();
    if (connectReport)
        ::close(writeEnd); // the read end sees EOF once the guard has closed its copy
    if (!process.waitForStarted(10000)) {
        if (connectReport)
            ::close(fds[0]);
        return run;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    // Drain the report while waiting, so that a long report cannot fill the pipe and stall the guard.
    QElapsedTimer timer;
    timer.start();
    while (!process.waitForFinished(20) && timer.elapsed() < 30000) {
        if (connectReport)
            drain(fds[0], run.report);
    }
    if (connectReport) {
        drain(fds[0], run.report);
        ::close(fds[0]);
    }
    run.finished = process.state() == QProcess::NotRunning;
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    run.stdoutData = process.readAllStandardOutput();
    run.stderrData = process.readAllStandardError();
    return run;
}

bool parseReport(const QByteArray &report, QList<Finding> &findings, QString &error)
{
    for (const QByteArray &line : report.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            error = QStringLiteral("report line is not a JSON object: ") + QString::fromUtf8(line);
            return false;
        }
        const QJsonObject object = document.object();
        if (!object.value(QLatin1String("kind")).isString() ||
            !object.value(QLatin1String("detail")).isString() ||
            !object.value(QLatin1String("line")).isDouble()) {
            error = QStringLiteral("report line lacks kind, detail or line: ") + QString::fromUtf8(line);
            return false;
        }
        findings.append({object.value(QLatin1String("kind")).toString(),
                         object.value(QLatin1String("detail")).toString(),
                         object.value(QLatin1String("line")).toInt()});
    }
    return true;
}

} // namespace

class TestPythonGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guardsProgram_data();
    void guardsProgram();
    void reportsViolationsWithoutReportDescriptor();
    void runtimeLayerRefusesWhatStaticChecksMiss();

private:
    // Copies a case to a fresh directory as main.py, the name the guard is given in the sandbox.
    QString stageProgram(const QByteArray &source);

    QTemporaryDir m_workDir;
    int m_staged = 0;
};

void TestPythonGuard::initTestCase()
{
    if (!QFileInfo(kPython).isExecutable())
        QSKIP("the system Python the guard targets is not installed");
    QVERIFY(QFileInfo::exists(kGuard));
    QVERIFY(m_workDir.isValid());
}

QString TestPythonGuard::stageProgram(const QByteArray &source)
{
    const QString dir = m_workDir.filePath(QString::number(++m_staged));
    if (!QDir().mkpath(dir))
        return {};
    QFile file(dir + QStringLiteral("/main.py"));
    if (!file.open(QIODevice::WriteOnly) || file.write(source) != source.size())
        return {};
    return file.fileName();
}

void TestPythonGuard::guardsProgram_data()
{
    QTest::addColumn<QString>("casePath");
    const QDir cases(QStringLiteral(GUARD_CASES_DIR));
    const QStringList names = cases.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "no cases in " GUARD_CASES_DIR);
    for (const QString &name : names) {
        const QByteArray row = QFileInfo(name).completeBaseName().toUtf8();
        QTest::newRow(row.constData()) << cases.filePath(name);
    }
}

void TestPythonGuard::guardsProgram()
{
    QFETCH(QString, casePath);
    QFile file(casePath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(casePath));
    const QByteArray source = file.readAll();

    CaseSpec spec;
    QString error;
    QVERIFY2(parseCase(source, spec, error), qPrintable(error));

    const QString program = stageProgram(source);
    QVERIFY(!program.isEmpty());
    const GuardRun run = runGuard(program, spec.stdinData, true);
    QVERIFY2(run.finished, "the guard did not finish within 30 s");

    const QString stdoutText = QString::fromUtf8(run.stdoutData);
    const QString stderrText = QString::fromUtf8(run.stderrData);
    const QString context = QStringLiteral("\n--- stdout:\n%1--- stderr:\n%2--- fd 3:\n%3")
                                .arg(stdoutText, stderrText, QString::fromUtf8(run.report));

    QList<Finding> reported;
    QVERIFY2(parseReport(run.report, reported, error), qPrintable(error + context));
    if (spec.expectOk) {
        QVERIFY2(reported.isEmpty(),
                 qPrintable(QStringLiteral("unexpected findings: ") + describe(reported) + context));
    } else {
        QVERIFY2(findingsMatch(spec.findings, reported),
                 qPrintable(QStringLiteral("expected: ") + describe(spec.findings) +
                            QStringLiteral("\nreported: ") + describe(reported) + context));
        QVERIFY2(run.stdoutData.isEmpty(), qPrintable(QStringLiteral("a rejected program ran") + context));
    }

    if (spec.exit == QLatin1String("interrupted")) {
        QVERIFY2(run.exitStatus == QProcess::CrashExit,
                 qPrintable(QStringLiteral("expected death by SIGINT") + context));
        QCOMPARE(run.exitCode, int(SIGINT));
    } else {
        const int expectedCode = spec.exit.isEmpty() ? (spec.expectOk ? 0 : 1) : spec.exit.toInt();
        QVERIFY2(run.exitStatus == QProcess::NormalExit,
                 qPrintable(QStringLiteral("the guard crashed") + context));
        QVERIFY2(run.exitCode == expectedCode,
                 qPrintable(QStringLiteral("exit code %1, expected %2").arg(run.exitCode).arg(expectedCode) +
                            context));
    }

    const QStringList stdoutLines = stdoutText.split(QLatin1Char('\n'));
    for (int i = 0; i < spec.stdoutLines.size(); ++i) {
        QVERIFY2(i < stdoutLines.size() && stdoutLines.at(i) == spec.stdoutLines.at(i),
                 qPrintable(QStringLiteral("stdout line %1 should be: ").arg(i + 1) + spec.stdoutLines.at(i) +
                            context));
    }
    for (const QString &text : std::as_const(spec.stderrContains))
        QVERIFY2(stderrText.contains(text), qPrintable(QStringLiteral("stderr lacks: ") + text + context));
    for (const QString &text : std::as_const(spec.stderrLacks))
        QVERIFY2(!stderrText.contains(text),
                 qPrintable(QStringLiteral("stderr contains: ") + text + context));
}

void TestPythonGuard::reportsViolationsWithoutReportDescriptor()
{
    // Without fd 3 (a manual run) the guard writes its report nowhere but still refuses the program.
    const QString program = stageProgram("import os\nprint(eval('1'))\n");
    QVERIFY(!program.isEmpty());
    const GuardRun run = runGuard(program, {}, false);
    QVERIFY(run.finished);
    QCOMPARE(run.exitStatus, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.stdoutData.isEmpty());
    const QString stderrText = QString::fromUtf8(run.stderrData);
    QVERIFY2(
        stderrText.contains(QLatin1String("main.py:1: import of 'os' is not allowed in the strict profile")),
        qPrintable(stderrText));
    QVERIFY2(stderrText.contains(QLatin1String("main.py:2: the builtin 'eval' is not allowed")),
             qPrintable(stderrText));
}

void TestPythonGuard::runtimeLayerRefusesWhatStaticChecksMiss()
{
    // Calls the restricted builtins and module proxies directly, as a program could if it got past
    // the static checks; see guard_cases/runtime_layer/check_runtime_layer.py.
    QProcess process;
    process.start(kPython, {QStringLiteral("-I"), QStringLiteral("-S"),
                            QStringLiteral(GUARD_CASES_DIR "/runtime_layer/check_runtime_layer.py"), kGuard});
    QVERIFY(process.waitForFinished(30000));
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestPythonGuard)
#include "tst_pythonguard.moc"
