// The debugger's figures (issue 16), printed as ratios against baselines measured in the same run:
//  1. a 2-million-iteration loop run under the debugger with a breakpoint in its file that is never hit,
//     against the same program run in the same sandbox without the debugger (target <= 2x); plain bdb
//     with the same breakpoint for comparison;
//  2. how long a step takes, from the command to the pause, in a program 900 frames deep (target < 50 ms).
// The loop times itself inside the program (time.perf_counter), so start-up is not part of the ratio.
#include <runner/AgentSession.h>
#include <runner/LocalRunSession.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace runner;

namespace {
const int kRuns = 5;

const QByteArray kLoop = "import time\n"
                         "def never():\n"
                         "    return 0\n" // line 3: the breakpoint, never hit
                         "def loop():\n"
                         "    t = 0\n"
                         "    for i in range(2_000_000):\n"
                         "        t += i\n"
                         "    return t\n"
                         "start = time.perf_counter()\n"
                         "loop()\n"
                         "print(time.perf_counter() - start)\n";

RunRequest request(const QByteArray &source)
{
    RunRequest run;
    run.source = source;
    run.policy.profile = Profile::Standard;
    run.policy.limits.wallMs = 120'000;
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// The loop's own time in seconds: the last line the program printed; -1 when there is none.
double lastLineSeconds(const QString &out)
{
    bool ok = false;
    const double seconds = out.trimmed().split(QLatin1Char('\n')).last().toDouble(&ok);
    return ok ? seconds : -1;
}

// The loop's own time in seconds, as the program printed it; -1 when the run failed.
double plainRun(const QByteArray &source)
{
    LocalRunSession session;
    QByteArray out;
    bool done = false;
    QObject::connect(&session, &RunSession::outputReceived, &session, [&](OutputChannel channel, const QByteArray &data) {
        if (channel == OutputChannel::Stdout)
            out += data;
    });
    QObject::connect(&session, &RunSession::finished, &session, [&](const RunResult &) { done = true; });
    session.start(request(source));
    if (!QTest::qWaitFor([&] { return done; }, 120'000))
        return -1;
    return lastLineSeconds(QString::fromUtf8(out));
}

double debuggedRun(const QByteArray &source, int breakpointLine)
{
    AgentSession session(new LocalRunSession);
    QString out;
    bool done = false;
    QObject::connect(&session, &AgentSession::outputReceived, &session, [&](OutputChannel channel, const QString &text) {
        if (channel == OutputChannel::Stdout)
            out += text;
    });
    QObject::connect(&session, &AgentSession::finished, &session, [&](const RunResult &) { done = true; });
    AgentRequest agent;
    agent.run = request(source);
    agent.breakpoints = {{breakpointLine, {}}};
    session.start(agent);
    if (!QTest::qWaitFor([&] { return done; }, 120'000))
        return -1;
    return lastLineSeconds(out);
}

// Median milliseconds from a step command to the pause, 900 frames deep.
double deepStepMs(int *frames)
{
    const QByteArray source = "import sys\n"
                              "sys.setrecursionlimit(5000)\n"
                              "def down(n):\n"
                              "    if n == 0:\n"
                              "        a = 1\n" // line 5: the breakpoint, at the bottom
                              "        b = 2\n"
                              "        c = 3\n"
                              "        return a + b + c\n"
                              "    return down(n - 1)\n"
                              "print(down(898))\n";
    AgentSession session(new LocalRunSession);
    int pauses = 0;
    bool done = false;
    QObject::connect(&session, &AgentSession::paused, &session, [&](const QString &, const QJsonArray &stack) {
        ++pauses;
        *frames = int(stack.size());
    });
    QObject::connect(&session, &AgentSession::finished, &session, [&](const RunResult &) { done = true; });
    AgentRequest agent;
    agent.run = request(source);
    agent.breakpoints = {{5, {}}};
    session.start(agent);
    std::vector<double> steps;
    if (!QTest::qWaitFor([&] { return pauses >= 1 || done; }, 60'000) || done)
        return -1;
    // Alternate the step kinds that stay at the bottom: over twice, then over the return.
    for (int i = 0; i < 3 && !done; ++i) {
        QElapsedTimer clock;
        clock.start();
        const int before = pauses;
        session.resume(QStringLiteral("over"));
        if (!QTest::qWaitFor([&] { return pauses > before || done; }, 60'000) || done)
            break;
        steps.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    session.stop();
    (void)QTest::qWaitFor([&] { return done; }, 10'000);
    return median(steps);
}

void line(const char *name, double value, double baseline, const char *unit, const char *target)
{
    std::printf("%-34s %9.3f %s   baseline %9.3f %s   ratio %6.2f   %s\n", name, value, unit, baseline, unit,
                baseline > 0 ? value / baseline : 0.0, target);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Plain bdb with the same never-hit breakpoint, for comparison with the 5x.
    QByteArray bdbLoop = kLoop;
    bdbLoop.replace("loop()\nprint", "import bdb\nclass D(bdb.Bdb):\n    def user_line(self, frame): pass\n"
                                      "d = D(); d.set_break(__file__, 3)\nd.runcall(loop)\nprint");
    std::vector<double> plain, debugged, bdb;
    for (int i = 0; i < kRuns; ++i) {
        plain.push_back(plainRun(kLoop));
        debugged.push_back(debuggedRun(kLoop, 3));
        bdb.push_back(plainRun(bdbLoop));
    }
    const double p = median(plain);
    line("loop_never_hit_breakpoint", median(debugged), p, "s ", "target <= 2.00 x no debugger (median of 5)");
    line("loop_plain_bdb_same_breakpoint", median(bdb), p, "s ", "for comparison: the issue measured 5.0 x");
    int frames = 0;
    const double step = deepStepMs(&frames);
    std::printf("%-34s %9.3f ms  (%d frames deep; target < 50 ms)\n", "step_over_900_frames_deep", step, frames);
    return p > 0 && median(debugged) > 0 && step >= 0 ? 0 : 1;
}
