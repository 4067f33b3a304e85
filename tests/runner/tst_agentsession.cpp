// Debug and shell sessions (issue 16) end to end: the agent inside a real local sandbox, driven
// through AgentSession as the IDE drives it.
#include "AgentDriver.h"
#include <runner/LocalRunSession.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace runner;

Q_DECLARE_METATYPE(runner::RunResult)

namespace {
const QByteArray kProgram = "def f(n):\n"                                     // 1
                            "    total = 0\n"                                 // 2
                            "    for i in range(n):\n"                        // 3
                            "        total += i\n"                            // 4
                            "    return total\n"                              // 5
                            "\n"                                              // 6
                            "data = {'a': [1, 2, {'x': (3, 4)}], 's': 'hello' * 100}\n" // 7
                            "x = f(3)\n"                                      // 8
                            "name = input('name? ')\n"                        // 9
                            "print('hi', name, x)\n";                         // 10

// A session in the local sandbox.
class Driver : public AgentDriver
{
public:
    explicit Driver(AgentMode mode, const QByteArray &program, Profile profile = Profile::Standard)
        : AgentDriver(new LocalRunSession, mode, program, profile)
    {
    }
};
} // namespace

class AgentSessionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunResult>(); }

    void conditionalBreakpointAndEachStep()
    {
        Driver d(AgentMode::Debug, kProgram);
        d.request.breakpoints = {{4, QStringLiteral("i == 2")}};
        d.request.run.stdinData = "bob\n";
        d.start();
        QVERIFY(d.waitPaused(1));
        QCOMPARE(d.lastReason, QStringLiteral("breakpoint"));
        QCOMPARE(d.line(), 4);
        QCOMPARE(d.lastFrames.size(), 2); // f and the module, nothing of the agent
        const QJsonObject locals = d.answer(d.session.requestVariables(0, QStringLiteral("locals")));
        QCOMPARE(Driver::item(locals, QStringLiteral("i")).value(QStringLiteral("value")).toString(), QStringLiteral("2"));
        QCOMPARE(Driver::item(locals, QStringLiteral("total")).value(QStringLiteral("value")).toString(), QStringLiteral("1"));

        d.session.setBreakpoints({});
        d.session.resume(QStringLiteral("over"));
        QVERIFY(d.waitPaused(2));
        QCOMPARE(d.line(), 3);
        QCOMPARE(d.function(), QStringLiteral("f"));
        d.session.resume(QStringLiteral("out"));
        QVERIFY(d.waitPaused(3));
        QCOMPARE(d.function(), QStringLiteral("<module>"));
        QCOMPARE(d.line(), 8); // back on the line of the call
        d.session.resume(QStringLiteral("over"));
        QVERIFY(d.waitPaused(4));
        QCOMPARE(d.line(), 9);
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Ok);
        QCOMPARE(d.out, QStringLiteral("name? hi bob 3\n"));
    }

    void stepIntoAFunction()
    {
        Driver d(AgentMode::Debug, kProgram);
        d.request.breakpoints = {{8, {}}};
        d.request.run.stdinData = "x\n";
        d.start();
        QVERIFY(d.waitPaused(1));
        QCOMPARE(d.line(), 8);
        d.session.resume(QStringLiteral("into"));
        QVERIFY(d.waitPaused(2));
        QCOMPARE(d.function(), QStringLiteral("f"));
        QCOMPARE(d.line(), 2);
        QCOMPARE(d.lastFrames.size(), 2);
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Ok);
    }

    void nestedContainersAndEvaluation()
    {
        Driver d(AgentMode::Debug, kProgram);
        d.request.breakpoints = {{9, {}}};
        d.start();
        QVERIFY(d.waitPaused(1));
        const QJsonObject globals = d.answer(d.session.requestVariables(0, QStringLiteral("globals")));
        const QJsonObject data = Driver::item(globals, QStringLiteral("data"));
        QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("dict"));
        QCOMPARE(data.value(QStringLiteral("size")).toInt(), 2);
        QVERIFY(data.value(QStringLiteral("ref")).toInt() > 0);
        // The 500-character string is cut, and its whole text can be asked for.
        const QJsonObject level1 = d.answer(d.session.requestChildren(data.value(QStringLiteral("ref")).toInt()));
        const QJsonObject text = Driver::item(level1, QStringLiteral("'s'"));
        QVERIFY(text.value(QStringLiteral("cut")).toBool());
        QVERIFY(text.value(QStringLiteral("value")).toString().size() < 300);
        const QJsonObject list = Driver::item(level1, QStringLiteral("'a'"));
        const QJsonObject level2 = d.answer(d.session.requestChildren(list.value(QStringLiteral("ref")).toInt()));
        const QJsonObject inner = Driver::item(level2, QStringLiteral("[2]"));
        QCOMPARE(inner.value(QStringLiteral("value")).toString(), QStringLiteral("{'x': (3, 4)}"));
        const QJsonObject level3 = d.answer(d.session.requestChildren(inner.value(QStringLiteral("ref")).toInt()));
        const QJsonObject tuple = Driver::item(level3, QStringLiteral("'x'"));
        QCOMPARE(tuple.value(QStringLiteral("type")).toString(), QStringLiteral("tuple"));
        const QJsonObject full = d.answer(d.session.requestValue(data.value(QStringLiteral("ref")).toInt()));
        QVERIFY(full.value(QStringLiteral("value")).toString().contains(QString(QStringLiteral("hello")).repeated(100)));

        const QJsonObject evaluated = d.answer(d.session.requestEvaluation(0, QStringLiteral("data['a'][2]['x'][1] * x")));
        QCOMPARE(evaluated.value(QStringLiteral("value")).toString(), QStringLiteral("12"));
        const QJsonObject failed = d.answer(d.session.requestEvaluation(0, QStringLiteral("1 / 0")));
        QVERIFY(failed.value(QStringLiteral("message")).toString().contains(QStringLiteral("ZeroDivisionError")));
        d.session.stop();
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Cancelled);
    }

    void inputTypedWhilePaused()
    {
        Driver d(AgentMode::Debug, kProgram);
        d.request.breakpoints = {{8, {}}};
        d.start();
        QVERIFY(d.waitPaused(1));
        d.session.writeInput(QStringLiteral("ada\n"));
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.out, QStringLiteral("name? hi ada 3\n"));
        QCOMPARE(d.inputRequests, 0); // the line was there before the program asked
    }

    void inputRequestedWhileRunning()
    {
        Driver d(AgentMode::Debug, kProgram);
        d.start();
        QVERIFY(QTest::qWaitFor([&] { return d.inputRequests > 0 || d.done; }, 20'000));
        QCOMPARE(d.inputRequests, 1);
        d.session.writeInput(QStringLiteral("lin\n"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.out, QStringLiteral("name? hi lin 3\n"));
    }

    void programThatDisablesTracing()
    {
        const QByteArray program = "import sys\n"
                                   "print('a')\n"
                                   "sys.settrace(None)\n"
                                   "sys.setprofile(None)\n"
                                   "for i in range(3):\n"
                                   "    print(i)\n";
        Driver d(AgentMode::Debug, program);
        d.request.breakpoints = {{2, {}}, {6, {}}};
        d.start();
        QVERIFY(d.waitPaused(1));
        QCOMPARE(d.line(), 2);
        d.session.resume(QStringLiteral("continue"));
        // It broke its own debugging: the breakpoint in the loop no longer stops it, and nothing else broke.
        QVERIFY(d.waitDone());
        QCOMPARE(d.pauses, 1);
        QCOMPARE(d.result.status, RunStatus::Ok);
        QCOMPARE(d.out, QStringLiteral("a\n0\n1\n2\n"));
    }

    void hangingAndFailingRepr()
    {
        const QByteArray program = "class Evil:\n"
                                   "    def __repr__(self):\n"
                                   "        while True:\n"
                                   "            try:\n"
                                   "                pass\n"
                                   "            except BaseException:\n"
                                   "                pass\n"
                                   "class Bad:\n"
                                   "    def __repr__(self):\n"
                                   "        raise RuntimeError('no')\n"
                                   "e = Evil(); b = Bad()\n"
                                   "print('end')\n";
        Driver d(AgentMode::Debug, program);
        d.request.breakpoints = {{12, {}}};
        d.start();
        QVERIFY(d.waitPaused(1));
        const QJsonObject globals = d.answer(d.session.requestVariables(0, QStringLiteral("globals")));
        QVERIFY(d.timedOut.isEmpty());
        QVERIFY(Driver::item(globals, QStringLiteral("e")).value(QStringLiteral("value")).toString().contains(QStringLiteral("did not finish")));
        QVERIFY(Driver::item(globals, QStringLiteral("b")).value(QStringLiteral("value")).toString().contains(QStringLiteral("RuntimeError")));
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.out, QStringLiteral("end\n"));
    }

    void strictProgramWithViolation()
    {
        Driver d(AgentMode::Debug, "import os\nprint(os.getcwd())\n", Profile::Strict);
        d.request.breakpoints = {{2, {}}};
        d.start();
        QVERIFY(d.waitDone());
        QCOMPARE(d.pauses, 0);
        QCOMPARE(d.result.status, RunStatus::SecurityViolation);
        QCOMPARE(d.result.profile, QStringLiteral("strict"));
        QCOMPARE(d.result.violations.size(), 1);
        QCOMPARE(d.result.violations.first().detail, QStringLiteral("os"));
        QCOMPARE(d.err, QStringLiteral("main.py:1: import of 'os' is not allowed in the strict profile\n"));
    }

    void strictDebuggingWorks()
    {
        Driver d(AgentMode::Debug, kProgram, Profile::Strict);
        d.request.breakpoints = {{4, {}}};
        d.request.run.stdinData = "kim\n";
        d.start();
        QVERIFY(d.waitPaused(1));
        const QJsonObject refused = d.answer(d.session.requestEvaluation(0, QStringLiteral("__import__('os')")));
        QVERIFY(refused.value(QStringLiteral("message")).toString().contains(QStringLiteral("not allowed in the strict profile")));
        d.session.setBreakpoints({});
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Ok);
        QCOMPARE(d.out, QStringLiteral("name? hi kim 3\n"));
    }

    // Issue 16, while the program runs: the agent's reader thread takes breakpoint changes and
    // pauses at once, in both profiles (the strict one pokes without a real signal).
    void breakpointSetWhileRunningAndPause_data() { Driver::addProfileColumn(); }
    void breakpointSetWhileRunningAndPause()
    {
        QFETCH(Profile, profile);
        Driver d(AgentMode::Debug, Driver::kEndlessLoop, profile);
        d.request.run.policy.limits.wallMs = 60'000;
        d.start();
        QVERIFY(d.waitForOutput(QStringLiteral("go")));
        d.session.setBreakpoints({{4, {}}});
        QVERIFY(d.waitPaused(1));
        QCOMPARE(d.lastReason, QStringLiteral("breakpoint"));
        QCOMPARE(d.line(), 4);
        // Removed while paused, then the program runs on until Pause stops it wherever it is.
        d.session.setBreakpoints({});
        d.session.resume(QStringLiteral("continue"));
        QTest::qWait(200);
        QCOMPARE(d.pauses, 1);
        d.session.pause();
        QVERIFY(d.waitPaused(2));
        QCOMPARE(d.lastReason, QStringLiteral("pause"));
        QVERIFY(d.line() == 3 || d.line() == 4);
        const QJsonObject globals = d.answer(d.session.requestVariables(0, QStringLiteral("globals")));
        QVERIFY(Driver::item(globals, QStringLiteral("i")).value(QStringLiteral("value")).toString().toLongLong() > 0);
        // A step from a pause works as from a breakpoint.
        d.session.resume(QStringLiteral("over"));
        QVERIFY(d.waitPaused(3));
        QCOMPARE(d.lastReason, QStringLiteral("step"));
        d.session.stop();
        QVERIFY(d.waitDone());
    }

    void pauseInterruptsASleep()
    {
        // A real signal (standard profile) interrupts a blocking call: the pause comes long before
        // the sleep would end.
        const QByteArray program = "import time\n"
                                   "print('go', flush=True)\n"
                                   "time.sleep(50)\n"
                                   "print('woke')\n";
        Driver d(AgentMode::Debug, program);
        d.request.run.policy.limits.wallMs = 60'000;
        d.start();
        QVERIFY(d.waitForOutput(QStringLiteral("go")));
        d.session.pause();
        QVERIFY(d.waitPaused(1));
        QCOMPARE(d.lastReason, QStringLiteral("pause"));
        QCOMPARE(d.line(), 3);
        QVERIFY(!d.out.contains(QStringLiteral("woke")));
        d.session.stop();
        QVERIFY(d.waitDone());
    }

    void pauseAndBreakpointsWhileWaitingForInput()
    {
        const QByteArray program = "name = input()\n"     // 1
                                   "greeting = 'hi ' + name\n" // 2
                                   "print(greeting)\n";   // 3
        Driver d(AgentMode::Debug, program);
        d.start();
        QVERIFY(QTest::qWaitFor([&] { return d.inputRequests > 0 || d.done; }, 20'000));
        d.session.setBreakpoints({{3, {}}});
        d.session.pause();
        QVERIFY(d.waitPaused(1));
        QCOMPARE(d.lastReason, QStringLiteral("pause"));
        QCOMPARE(d.line(), 1);
        d.session.writeInput(QStringLiteral("ada\n"));
        d.session.resume(QStringLiteral("continue"));
        // The breakpoint set while the program waited stops it.
        QVERIFY(d.waitPaused(2));
        QCOMPARE(d.lastReason, QStringLiteral("breakpoint"));
        QCOMPARE(d.line(), 3);
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Ok);
        QCOMPARE(d.out, QStringLiteral("hi ada\n"));
    }

    // The agent's reader thread is a thread of the program's process, and threads count against the
    // process limit: with no room for it the agent reads its commands itself, as before, and
    // debugging still works.
    void readerThreadAndProcessLimit_data()
    {
        QTest::addColumn<int>("processes");
        QTest::addColumn<QString>("threads");
        QTest::newRow("room for the reader") << 64 << QStringLiteral("2");
        QTest::newRow("no room") << 1 << QStringLiteral("1");
    }
    void readerThreadAndProcessLimit()
    {
        QFETCH(int, processes);
        QFETCH(QString, threads);
        const QByteArray program = "threads = open('/proc/self/status').read().split('Threads:')[1].split()[0]\n"
                                   "total = 0\n"
                                   "for i in range(3):\n"
                                   "    total += i\n"
                                   "print(threads, total)\n";
        Driver d(AgentMode::Debug, program);
        d.request.run.policy.limits.processes = processes;
        d.request.breakpoints = {{4, QStringLiteral("i == 1")}};
        d.start();
        QVERIFY2(d.waitPaused(1), qPrintable(d.result.message + d.err));
        QCOMPARE(d.line(), 4);
        d.session.setBreakpoints({});
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Ok);
        QCOMPARE(d.out, threads + QStringLiteral(" 3\n"));
    }

    void stopsOnUncaughtException_data() { Driver::addProfileColumn(); }
    void stopsOnUncaughtException()
    {
        QFETCH(Profile, profile);
        const QByteArray program = "def f(x):\n"                         // 1
                                   "    y = x * 2\n"                     // 2
                                   "    raise ValueError('bad %d' % y)\n" // 3
                                   "try:\n"                              // 4
                                   "    f(1)\n"                          // 5
                                   "except ValueError:\n"                // 6
                                   "    print('caught')\n"               // 7
                                   "f(21)\n";                            // 8
        Driver d(AgentMode::Debug, program, profile);
        d.start();
        QVERIFY(d.waitPaused(1));
        // Only the uncaught one stops, in the frame that raised it, with the whole stack.
        QCOMPARE(d.lastReason, QStringLiteral("exception"));
        QCOMPARE(d.lastException, QStringLiteral("ValueError: bad 42"));
        QCOMPARE(d.out, QStringLiteral("caught\n"));
        QCOMPARE(d.lastFrames.size(), 2);
        QCOMPARE(d.function(), QStringLiteral("f"));
        QCOMPARE(d.line(), 3);
        QCOMPARE(d.lastFrames.at(1).toObject().value(QStringLiteral("line")).toInt(), 8);
        const QJsonObject locals = d.answer(d.session.requestVariables(0, QStringLiteral("locals")));
        QCOMPARE(Driver::item(locals, QStringLiteral("y")).value(QStringLiteral("value")).toString(), QStringLiteral("42"));
        const QJsonObject sum = d.answer(d.session.requestEvaluation(0, QStringLiteral("x + y")));
        QCOMPARE(sum.value(QStringLiteral("value")).toString(), QStringLiteral("63"));
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.pauses, 1);
        QCOMPARE(d.result.status, RunStatus::RuntimeError);
        QVERIFY2(d.err.startsWith(QStringLiteral("Traceback (most recent call last):\n")), qPrintable(d.err));
        QVERIFY(d.err.contains(QStringLiteral("line 3, in f")));
        QVERIFY(d.err.endsWith(QStringLiteral("ValueError: bad 42\n")));
    }

    void uncaughtExceptionWithoutStopping()
    {
        Driver d(AgentMode::Debug, "x = 1\nraise KeyError(x)\n");
        d.request.stopOnException = false;
        d.start();
        QVERIFY(d.waitDone());
        QCOMPARE(d.pauses, 0);
        QCOMPARE(d.result.status, RunStatus::RuntimeError);
        QVERIFY(d.err.endsWith(QStringLiteral("KeyError: 1\n")));
    }

    void shellKeepsState()
    {
        Driver d(AgentMode::Shell, {});
        d.start();
        QVERIFY(d.waitPrompts(1));
        QVERIFY(d.line(QStringLiteral("x = 41")));
        QVERIFY(d.line(QStringLiteral("def f(a):")));
        QVERIFY(d.more);
        QVERIFY(d.line(QStringLiteral("    return a + 1")));
        QVERIFY(d.more);
        QVERIFY(d.line(QString()));
        QVERIFY(!d.more);
        QVERIFY(d.line(QStringLiteral("f(x)")));
        QCOMPARE(d.out, QStringLiteral("42\n"));
        QVERIFY(d.line(QStringLiteral("1/0")));
        QVERIFY(d.err.contains(QStringLiteral("File \"<shell#4>\", line 1")));
        QVERIFY(d.err.contains(QStringLiteral("ZeroDivisionError")));
        const QJsonObject completions = d.answer(d.session.requestCompletions(QStringLiteral("f")));
        QVERIFY(completions.value(QStringLiteral("items")).toArray().contains(QStringLiteral("f")));
        d.session.closeInput();
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Ok);
    }

    void shellCommandTimeLimitKeepsState()
    {
        Driver d(AgentMode::Shell, {});
        d.request.run.policy.limits.wallMs = 1000;
        d.start();
        QVERIFY(d.waitPrompts(1));
        QVERIFY(d.line(QStringLiteral("y = 5")));
        QVERIFY(d.line(QStringLiteral("while True: pass")));
        QVERIFY(d.line(QString()));
        QVERIFY(d.err.contains(QStringLiteral("longer than 1 s")));
        QVERIFY(d.line(QStringLiteral("y * 2")));
        QCOMPARE(d.out, QStringLiteral("10\n"));
        d.session.stop();
        QVERIFY(d.waitDone());
    }

    void runThenStayInTheShell()
    {
        Driver d(AgentMode::Shell, "total = sum(range(5))\nprint('ran')\n");
        d.start();
        QVERIFY(d.waitPrompts(1));
        QCOMPARE(d.out, QStringLiteral("ran\n"));
        QVERIFY(d.line(QStringLiteral("total")));
        QCOMPARE(d.out, QStringLiteral("ran\n10\n"));
        d.session.stop();
        QVERIFY(d.waitDone());
    }

    void strictShellRefusesWithTheRunsMessage()
    {
        Driver d(AgentMode::Shell, {}, Profile::Strict);
        d.start();
        QVERIFY(d.waitPrompts(1));
        QVERIFY(d.line(QStringLiteral("import os")));
        QCOMPARE(d.err, QStringLiteral("<shell#1>:1: import of 'os' is not allowed in the strict profile\n"));
        QVERIFY(d.line(QStringLiteral("import math")));
        QVERIFY(d.line(QStringLiteral("math.floor(2.5)")));
        QCOMPARE(d.out, QStringLiteral("2\n"));
        QVERIFY(!d.done); // a violation does not end the shell
        d.session.stop();
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.profile, QStringLiteral("strict"));
    }
};

QTEST_GUILESS_MAIN(AgentSessionTest)
#include "tst_agentsession.moc"
