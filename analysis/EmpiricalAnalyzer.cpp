#include "EmpiricalAnalyzer.h"

#include "ComplexityFit.h"
#include "Resources.h"

#include <runner/CompilerDiagnostics.h>
#include <runner/JavaSource.h>
#include <runner/Language.h>

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
    m_points = 0;
    const QJsonObject header{{QStringLiteral("function"), functionName},
                             {QStringLiteral("size"), sizeParameter},
                             {QStringLiteral("budget"), m_budgetSeconds}};
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
        AnalysisResult result = parseOutput(outcome.stdoutData);
        // A harness stopped by the wall limit still measured something worth fitting.
        if (!outcome.ok && result.measurements.size() < 4) {
            const QString notCompiled = compileError(run, outcome);
            result = AnalysisResult::failure(QStringLiteral("empirical"),
                                             notCompiled.isEmpty() ? outcome.message : notCompiled);
        }
        Q_EMIT progress(100, tr("Done"));
        Q_EMIT finished(result);
    });
    // The harness keeps to its budget; the wall limit only catches a call that never returns. (A C++ or
    // Java harness is compiled first, under the sandbox's own compile limits. The Java harness's budget
    // starts in its main, so its parse of the program is inside it and the JVM's start-up in the margin.)
    run.timeoutMs = int(m_budgetSeconds * 1000) + 1500;
    run.memoryBytes = 512LL * 1024 * 1024;
    executor->start(run);
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
        ++m_points;
        Q_EMIT pointMeasured(p);
        // The harness measures up to ~16 sizes; the count is the honest progress measure it has.
        Q_EMIT progress(std::min(95, m_points * 6), tr("Measured n = %1").arg(p.n));
    }
}

AnalysisResult EmpiricalAnalyzer::parseOutput(const QByteArray &output)
{
    const QString provider = QStringLiteral("empirical");
    AnalysisResult r;
    r.provider = provider;
    QString kind;
    QString sizeParameter;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = parseLine(line);
        if (o.isEmpty())
            continue;
        if (o.contains(QStringLiteral("error")))
            return AnalysisResult::failure(provider, o.value(QStringLiteral("error")).toString());
        if (o.contains(QStringLiteral("n"))) {
            r.measurements.append(
                {o.value(QStringLiteral("n")).toInteger(), o.value(QStringLiteral("seconds")).toDouble()});
        } else if (o.value(QStringLiteral("done")).toBool()) {
            r.measuredFunction = o.value(QStringLiteral("function")).toString();
            kind = o.value(QStringLiteral("kind")).toString();
            sizeParameter = o.value(QStringLiteral("size")).toString();
        }
    }
    if (r.measurements.size() < 4) {
        return AnalysisResult::failure(provider,
                                       tr("only %n size(s) could be measured in time; too few to fit",
                                          nullptr, int(r.measurements.size())));
    }
    const FitCandidate best = ComplexityFit::best(r.measurements);
    r.fitted = best.complexity;
    r.time = best.complexity;
    r.space = QStringLiteral("O(1)"); // not measured; the panel shows the static estimate for space
    // Confidence: how well the chosen curve fits (relative RMS error), and how many sizes there were.
    const double fitQuality = std::max(0.0, 1.0 - best.error * 2);
    r.confidence = std::clamp(fitQuality * std::min(1.0, r.measurements.size() / 8.0), 0.1, 0.95);
    const MeasuredPoint &last = r.measurements.last();
    const QString input = kind == QLatin1String("list")     ? tr("list")
                          : kind == QLatin1String("sorted") ? tr("sorted list")
                          : kind == QLatin1String("str")    ? tr("string")
                                                            : tr("number");
    r.explanation = tr("Timed %1 at %2 sizes up to n = %3 (%4 input); the measurements fit %5 within %6 %.")
                        .arg(sizeParameter.isEmpty() ? r.measuredFunction
                                                     : tr("%1() growing %2").arg(r.measuredFunction, sizeParameter))
                        .arg(r.measurements.size())
                        .arg(last.n)
                        .arg(input)
                        .arg(best.complexity)
                        .arg(best.error * 100, 0, 'f', 1);
    return r;
}

} // namespace analysis
