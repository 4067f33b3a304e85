#include "EmpiricalAnalyzer.h"

#include "ComplexityFit.h"
#include "Resources.h"

#include <runner/CompilerDiagnostics.h>
#include <runner/JavaSource.h>
#include <runner/Language.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace analysis {

namespace {

QJsonObject parseLine(const QByteArray &line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed());
    return doc.isObject() ? doc.object() : QJsonObject();
}

// The compiler's first error about a compiled harness (the user's program and our timing code in one
// source file), or nothing when the run did not fail compiling. The program comes first in that file,
// so its lines are the user's.
QString compileError(const ScriptRun &run, const ScriptOutcome &outcome)
{
    const runner::Language *language = runner::LanguageRegistry::builtin().find(run.language);
    if (!language || !language->compile || language->diagnosticFormat.isEmpty())
        return {};
    const QList<runner::Diagnostic> diagnostics = runner::parseDiagnostics(
        language->diagnosticFormat, outcome.stderrData, language->sourceFileNameFor(run.script));
    for (const runner::Diagnostic &d : diagnostics) {
        if (d.severity == QLatin1String("error"))
            return EmpiricalAnalyzer::tr("the program does not compile: line %1: %2").arg(d.line).arg(d.message);
    }
    return {};
}

QList<MeasuredPoint> points(const QMap<qint64, double> &fastest)
{
    QList<MeasuredPoint> out;
    for (auto it = fastest.cbegin(); it != fastest.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

// The share of the budget the first run of a Python or JavaScript harness spends measuring its sizes
// again; what is left pays for a second run when the first leaves two classes close.
constexpr double kFirstRunShare = 0.6;

bool canMeasureAgain(const QString &language)
{
    // Their harnesses take the sizes to measure from the header; C++ and Java would compile again.
    return language == QLatin1String("python") || language == QLatin1String("javascript");
}

} // namespace

EmpiricalAnalyzer::EmpiricalAnalyzer(QObject *parent)
    : QObject(parent)
    , m_factory([](QObject *owner) -> ScriptExecutor * { return new SandboxScriptExecutor(owner); })
{
}

EmpiricalAnalyzer::~EmpiricalAnalyzer() = default;

void EmpiricalAnalyzer::setExecutorFactory(ExecutorFactory factory)
{
    m_factory = std::move(factory);
}

void EmpiricalAnalyzer::analyze(const QString &code, const QString &functionName, const QString &sizeParameter,
                                const QString &language)
{
    cancel();
    m_pending.clear();
    m_shown.clear();
    m_first = Harvest();
    m_runs = 0;
    m_firstPointMs = -1;
    m_code = code;
    m_language = language == QLatin1String("cpp") || language == QLatin1String("javascript")
                         || language == QLatin1String("java")
                     ? language
                     : QStringLiteral("python");
    QJsonObject header{{QStringLiteral("function"), functionName},
                       {QStringLiteral("size"), sizeParameter},
                       {QStringLiteral("budget"), m_budgetSeconds}};
    if (canMeasureAgain(m_language))
        header.insert(QStringLiteral("refine_until"), m_budgetSeconds * kFirstRunShare);
    ScriptRun run;
    run.stdinData = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + code.toUtf8();
    Q_EMIT progress(0, tr("Measuring…"));
    if (language == QLatin1String("cpp")) {
        // Two sandboxed runs: libclang (from Python) picks the function and writes the timing program,
        // then the sandbox compiles that program once and runs it.
        run.script = bundledResource(QStringLiteral("cpp_measure.py"));
        run.timeoutMs = 30'000;
        ScriptExecutor *writer = m_factory(this);
        m_executor = writer;
        connect(writer, &ScriptExecutor::finished, this, [this, writer](const ScriptOutcome &outcome) {
            writer->deleteLater();
            if (m_executor != writer)
                return;
            m_executor = nullptr;
            const QByteArray program = outcome.stdoutData;
            if (!outcome.ok || program.trimmed().startsWith('{')) {
                Q_EMIT progress(100, tr("Done"));
                Q_EMIT finished(outcome.ok ? parseOutput(program)
                                           : AnalysisResult::failure(QStringLiteral("empirical"), outcome.message));
                return;
            }
            ScriptRun measuring;
            measuring.language = QStringLiteral("cpp");
            measuring.script = program;
            startHarness(measuring);
        });
        writer->start(run);
        return;
    }
    if (language == QLatin1String("javascript")) {
        // One sandboxed run under JavaScript's profile: acorn picks the function and node times it.
        run.language = QStringLiteral("javascript");
        run.script = bundledResource(QStringLiteral("js_measure.js"));
        startHarness(run);
        return;
    }
    if (language == QLatin1String("java")) {
        // One sandboxed run: javac compiles the program and the harness once (parsers/java_measure*.java,
        // appended with the harness as the file's one public class, so that the JVM starts in it and not
        // in the program's main), then the harness picks the method, makes its inputs and times it.
        run.language = QStringLiteral("java");
        run.script = runner::javaWithoutPublicTypes(code.toUtf8()) + '\n'
                     + bundledResource(QStringLiteral("java_measure_choice.java"))
                     + bundledResource(QStringLiteral("java_measure.java"));
        startHarness(run);
        return;
    }
    run.script = bundledResource(QStringLiteral("empirical_harness.py"));
    startHarness(run);
}

void EmpiricalAnalyzer::startHarness(ScriptRun run)
{
    if (m_runs++ == 0)
        m_clock.start();
    ScriptExecutor *executor = m_factory(this);
    m_executor = executor;
    connect(executor, &ScriptExecutor::outputReceived, this, [this, executor](const QByteArray &data) {
        if (m_executor == executor)
            onOutput(data);
    });
    connect(executor, &ScriptExecutor::finished, this, [this, executor, run](const ScriptOutcome &outcome) {
        executor->deleteLater();
        if (m_executor != executor)
            return;
        m_executor = nullptr;
        onHarnessFinished(run, outcome);
    });
    // The harness keeps to its budget; the wall limit only catches a call that never returns. (A C++ or
    // Java harness is compiled first, under the sandbox's own compile limits. The Java harness's budget
    // starts in its main, so its parse of the program is inside it and the JVM's start-up in the margin.)
    const QJsonObject header = parseLine(run.stdinData.left(run.stdinData.indexOf('\n')));
    run.timeoutMs = int(header.value(QStringLiteral("budget")).toDouble(m_budgetSeconds) * 1000) + 1500;
    run.memoryBytes = 512LL * 1024 * 1024;
    executor->start(run);
}

void EmpiricalAnalyzer::onHarnessFinished(const ScriptRun &run, const ScriptOutcome &outcome)
{
    Harvest h = harvest(outcome.stdoutData);
    if (m_runs > 1) {
        // The second run measured the first's sizes again: each keeps its fastest time of both runs. A
        // second run that failed or was cut short leaves the first's answer.
        for (auto it = m_first.fastest.cbegin(); it != m_first.fastest.cend(); ++it) {
            const auto found = h.fastest.constFind(it.key());
            if (found == h.fastest.cend() || it.value() < found.value())
                h.fastest.insert(it.key(), it.value());
        }
        if (!h.error.isEmpty() || h.function.isEmpty()) {
            const QMap<qint64, double> fastest = h.fastest;
            h = m_first;
            h.fastest = fastest;
        }
    } else if (!outcome.ok && h.fastest.size() < 4) {
        // A harness stopped by the wall limit still measured something worth fitting.
        const QString notCompiled = compileError(run, outcome);
        Q_EMIT progress(100, tr("Done"));
        Q_EMIT finished(AnalysisResult::failure(QStringLiteral("empirical"),
                                                notCompiled.isEmpty() ? outcome.message : notCompiled));
        return;
    }
    if (m_runs == 1 && remeasure(h))
        return;
    Q_EMIT progress(100, tr("Done"));
    Q_EMIT finished(resultFor(h, m_runs));
}

bool EmpiricalAnalyzer::remeasure(const Harvest &first)
{
    if (!canMeasureAgain(m_language) || !first.error.isEmpty() || first.function.isEmpty()
        || first.fastest.size() < 4)
        return false;
    const FitDecision decision = ComplexityFit::decide(points(first.fastest));
    if (!decision.ambiguous)
        return false;
    // Worth it only when what is left of the budget pays for a start-up (as long as the first run's
    // was) and, with room for a loaded machine, a probe and a visit of every size.
    const double startUp = std::max(0.0, m_firstPointMs / 1000.0);
    double visits = 0;
    for (const double seconds : first.fastest)
        visits += std::max(seconds, 0.005);
    const double left = m_budgetSeconds - m_clock.elapsed() / 1000.0;
    if (left < startUp + 3 * visits + 0.1)
        return false;
    // The second run is given each size with its time per call, which sizes its batches.
    QJsonArray sizes;
    for (auto it = first.fastest.cbegin(); it != first.fastest.cend(); ++it)
        sizes.append(QJsonArray{it.key(), it.value()});
    const QJsonObject header{{QStringLiteral("function"), first.function},
                             {QStringLiteral("size"), first.size},
                             {QStringLiteral("budget"), left - startUp},
                             {QStringLiteral("sizes"), sizes}};
    m_first = first;
    ScriptRun run;
    run.stdinData = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + m_code.toUtf8();
    if (m_language == QLatin1String("javascript")) {
        run.language = QStringLiteral("javascript");
        run.script = bundledResource(QStringLiteral("js_measure.js"));
    } else {
        run.script = bundledResource(QStringLiteral("empirical_harness.py"));
    }
    Q_EMIT progress(95, tr("%1 and %2 fit closely; measuring again").arg(decision.chosen.complexity,
                                                                            decision.rival.complexity));
    startHarness(run);
    return true;
}

void EmpiricalAnalyzer::cancel()
{
    if (!m_executor)
        return;
    ScriptExecutor *executor = m_executor;
    m_executor = nullptr;
    executor->cancel();
    executor->deleteLater();
}

void EmpiricalAnalyzer::onOutput(const QByteArray &data)
{
    m_pending += data;
    int newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QJsonObject o = parseLine(m_pending.left(newline));
        m_pending.remove(0, newline + 1);
        if (!o.contains(QStringLiteral("n")))
            continue;
        const MeasuredPoint p{o.value(QStringLiteral("n")).toInteger(),
                              o.value(QStringLiteral("seconds")).toDouble()};
        if (m_firstPointMs < 0)
            m_firstPointMs = m_clock.elapsed();
        // A size measured again (the harness visits each several times) is not a new point.
        if (m_shown.contains(p.n))
            continue;
        m_shown.insert(p.n, p.seconds);
        Q_EMIT pointMeasured(p);
        // The harness measures up to ~16 sizes; the count is the honest progress measure it has.
        Q_EMIT progress(std::min(95, int(m_shown.size()) * 6), tr("Measured n = %1").arg(p.n));
    }
}

AnalysisResult EmpiricalAnalyzer::parseOutput(const QByteArray &output)
{
    return resultFor(harvest(output));
}

EmpiricalAnalyzer::Harvest EmpiricalAnalyzer::harvest(const QByteArray &output)
{
    Harvest h;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = parseLine(line);
        if (o.isEmpty())
            continue;
        if (o.contains(QStringLiteral("error"))) {
            h.error = o.value(QStringLiteral("error")).toString();
            return h;
        }
        if (o.contains(QStringLiteral("n"))) {
            const qint64 n = o.value(QStringLiteral("n")).toInteger();
            const double seconds = o.value(QStringLiteral("seconds")).toDouble();
            const auto found = h.fastest.constFind(n);
            if (found == h.fastest.cend() || seconds < found.value())
                h.fastest.insert(n, seconds);
        } else if (o.value(QStringLiteral("done")).toBool()) {
            h.function = o.value(QStringLiteral("function")).toString();
            h.kind = o.value(QStringLiteral("kind")).toString();
            h.size = o.value(QStringLiteral("size")).toString();
        }
    }
    return h;
}

AnalysisResult EmpiricalAnalyzer::resultFor(const Harvest &h, int runs)
{
    const QString provider = QStringLiteral("empirical");
    if (!h.error.isEmpty())
        return AnalysisResult::failure(provider, h.error);
    AnalysisResult r;
    r.provider = provider;
    r.measurements = points(h.fastest);
    r.measuredFunction = h.function;
    if (r.measurements.size() < 4) {
        return AnalysisResult::failure(provider,
                                       tr("only %n size(s) could be measured in time; too few to fit",
                                          nullptr, int(r.measurements.size())));
    }
    const FitDecision decision = ComplexityFit::decide(r.measurements);
    const FitCandidate &best = decision.answer();
    r.fitted = best.complexity;
    r.time = best.complexity;
    r.space = QStringLiteral("O(1)"); // not measured; the panel shows the static estimate for space
    // Confidence: how well the chosen curve fits (relative RMS error), and how many sizes there were;
    // halved when another class fits about as well, since the points then do not decide between them.
    const double fitQuality = std::max(0.0, 1.0 - best.error * 2);
    r.confidence = fitQuality * std::min(1.0, r.measurements.size() / 8.0);
    if (decision.ambiguous)
        r.confidence /= 2;
    r.confidence = std::clamp(r.confidence, 0.1, 0.95);
    const MeasuredPoint &last = r.measurements.last();
    const QString input = h.kind == QLatin1String("list")     ? tr("list")
                          : h.kind == QLatin1String("sorted") ? tr("sorted list")
                          : h.kind == QLatin1String("str")    ? tr("string")
                                                              : tr("number");
    r.explanation = tr("Timed %1 at %2 sizes up to n = %3 (%4 input); the measurements fit %5 within %6 %.")
                        .arg(h.size.isEmpty() ? r.measuredFunction
                                              : tr("%1() growing %2").arg(r.measuredFunction, h.size))
                        .arg(r.measurements.size())
                        .arg(last.n)
                        .arg(input)
                        .arg(best.complexity)
                        .arg(best.error * 100, 0, 'f', 1);
    if (decision.ambiguous) {
        const FitCandidate &other = decision.rivalGrowsSlower ? decision.chosen : decision.rival;
        const QString doubt = runs > 1 ? tr("%1 fits nearly as well (within %2 %), even with every size "
                                            "measured again: the timings cannot tell the two apart, so the "
                                            "slower-growing %3 is shown, with a lower confidence.")
                                       : tr("%1 fits nearly as well (within %2 %): the timings cannot tell the "
                                            "two apart, so the slower-growing %3 is shown, with a lower "
                                            "confidence.");
        r.explanation += QLatin1Char(' ')
                         + doubt.arg(other.complexity).arg(other.error * 100, 0, 'f', 1).arg(best.complexity);
    }
    return r;
}

} // namespace analysis
