#include "StaticAnalyzer.h"

#include "JvmClassArchive.h"
#include "Resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimer>

#include <memory>
#include <optional>

#include <utility>

namespace analysis {

StaticAnalyzer::StaticAnalyzer(QObject *parent)
    : QObject(parent)
    , m_factory([](QObject *owner) -> ScriptExecutor * { return new SandboxScriptExecutor(owner); })
{
}

StaticAnalyzer::~StaticAnalyzer() = default;

void StaticAnalyzer::setExecutorFactory(ExecutorFactory factory)
{
    m_factory = std::move(factory);
}

QByteArray StaticAnalyzer::script()
{
    return bundledResource(QStringLiteral("static_analyzer.py"));
}

bool StaticAnalyzer::supportsLanguage(const QString &language)
{
    return language == QLatin1String("python") || language == QLatin1String("cpp")
           || !parserScript(language).isEmpty();
}

QByteArray StaticAnalyzer::parserScript(const QString &language)
{
    if (language == QLatin1String("java"))
        return bundledResource(QStringLiteral("JavaTreeDump.java"));
    if (language == QLatin1String("javascript"))
        return bundledResource(QStringLiteral("js_tree_dump.js"));
    return {};
}

void StaticAnalyzer::analyze(const QString &code, const QString &language)
{
    cancel();
    if (language == QLatin1String("python") || language.isEmpty()) {
        runAnalyzer(code.toUtf8());
        return;
    }
    if (language == QLatin1String("cpp")) {
        // C++'s parser is a Python script driving libclang (Debian's python3-clang), so the build
        // bundles it with the analyzer: one sandboxed run parses and analyzes.
        runAnalyzer(code.toUtf8(), bundledResource(QStringLiteral("cpp_analysis.py")),
                    bundledResource(QStringLiteral("cpp_analysis.compiled.py")));
        return;
    }
    const QByteArray parser = parserScript(language);
    if (parser.isEmpty()) {
        fail(tr("no offline analyzer for %1 programs").arg(language));
        return;
    }
    // Two runs in the sandbox, started together: the language's parser writes the program model, and
    // the analyzer, waiting on its standard input meanwhile, reads it. Its sandbox and interpreter
    // start while the parser runs rather than after it, which takes that start-up off the wait.
    ScriptRun analyzerRun = analyzerScriptRun({}, script(), compiledScript());
    analyzerRun.keepStdinOpen = true;
    // Its wall limit covers the wait for the parser as well as its own work.
    analyzerRun.timeoutMs = 2 * m_timeoutMs;
    // The parsers print the model as one line and exit: the analyzer gets it as soon as its newline
    // arrives, so the parser's own exit (a JVM's shutdown) and its sandbox's teardown, 10-15 ms, overlap
    // the analysis instead of coming before it. The analyzer's answer still waits for the parser's
    // outcome: a parser run that fails after its line fails the analysis, as it did before.
    struct Handoff
    {
        QByteArray model;
        bool sent = false;
        bool parserDone = false;
        std::optional<AnalysisResult> answer;
    };
    const auto handoff = std::make_shared<Handoff>();
    ScriptExecutor *analyzer = runScript(
        analyzerRun,
        [this, handoff](const ScriptOutcome &outcome) {
            AnalysisResult result = outcome.ok ? parseOutput(outcome.stdoutData)
                                               : AnalysisResult::failure(QStringLiteral("static"), outcome.message);
            if (outcome.ok && !handoff->parserDone)
                handoff->answer = std::move(result);
            else
                deliver(result);
        },
        true);
    const auto send = [handoff, analyzer = QPointer<ScriptExecutor>(analyzer)] {
        if (handoff->sent || !analyzer)
            return;
        handoff->sent = true;
        analyzer->writeInput(handoff->model);
        analyzer->closeInput();
    };
    ScriptRun run = parserRun(language, code.toUtf8());
    run.timeoutMs = m_timeoutMs;
    useClassArchive(run);
    ScriptExecutor *parserExecutor = runScript(run, [this, handoff, send, analyzer = QPointer<ScriptExecutor>(analyzer)](
                                                const ScriptOutcome &outcome) {
        handoff->parserDone = true;
        if (outcome.ok && handoff->answer) { // the analyzer answered from the model's line already
            deliver(*handoff->answer);
            return;
        }
        if (!outcome.ok || !analyzer) {
            deliver(AnalysisResult::failure(QStringLiteral("static"),
                                            outcome.ok ? tr("the analysis was cancelled") : outcome.message));
            return;
        }
        handoff->model = outcome.stdoutData;
        send();
    });
    connect(parserExecutor, &ScriptExecutor::outputReceived, this, [handoff, send](const QByteArray &data) {
        if (handoff->sent)
            return;
        handoff->model += data;
        if (handoff->model.endsWith('\n'))
            send();
    });
}

ScriptRun StaticAnalyzer::parserRun(const QString &language, const QByteArray &code)
{
    ScriptRun run;
    run.language = language;
    run.script = parserScript(language);
    run.stdinData = code;
    if (language == QLatin1String("java")) {
        // One option a line; the launchers read them space-separated.
        const QString options =
            QString::fromUtf8(bundledResource(QStringLiteral("JavaTreeDump.options"))).simplified();
        run.environment.insert(QStringLiteral("JDK_JAVAC_OPTIONS"), options);
        run.environment.insert(QLatin1String(JvmClassArchive::kOptionsVariable), options);
    }
    return run;
}

void StaticAnalyzer::mapClassArchive(ScriptRun &run, const JvmClassArchive &archive)
{
    run.readOnlyCache = archive.directory();
    QString &options = run.environment[QLatin1String(JvmClassArchive::kOptionsVariable)];
    options = (options.isEmpty() ? QString() : options + QLatin1Char(' ')) + JvmClassArchive::sandboxOptions();
}

QByteArray StaticAnalyzer::parserClassList(const QString &language)
{
    return language == QLatin1String("java") ? bundledResource(QStringLiteral("JavaTreeDump.classlist")) : QByteArray();
}

void StaticAnalyzer::useClassArchive(ScriptRun &run) const
{
    if (!m_classArchives)
        return;
    const std::optional<JvmClassArchive> archive = JvmClassArchive::forClassList(parserClassList(run.language));
    if (!archive)
        return;
    // Never waited for: until the archive is stored the parser loads its classes itself, and the dump
    // (about a second of the JDK's) runs beside it for the analyses after this one.
    if (!archive->entry().isReady()) {
        JvmClassArchiveBuilder::shared().ensure(*archive);
        return;
    }
    mapClassArchive(run, *archive);
}

ScriptRun StaticAnalyzer::analyzerScriptRun(const QByteArray &input, const QByteArray &analyzer,
                                            const QByteArray &compiled) const
{
    ScriptRun run;
    run.script = analyzer;
    run.compiledScript = compiled;
    run.compiledFor = QString::fromUtf8(bundledResource(QStringLiteral("static_analyzer.interpreter")).trimmed());
    run.stdinData = input;
    run.timeoutMs = m_timeoutMs;
    return run;
}

void StaticAnalyzer::runAnalyzer(const QByteArray &input)
{
    runAnalyzer(input, script(), compiledScript());
}

void StaticAnalyzer::runAnalyzer(const QByteArray &input, const QByteArray &analyzer, const QByteArray &compiled)
{
    runScript(
        analyzerScriptRun(input, analyzer, compiled),
        [this](const ScriptOutcome &outcome) {
            deliver(outcome.ok ? parseOutput(outcome.stdoutData)
                               : AnalysisResult::failure(QStringLiteral("static"), outcome.message));
        },
        true);
}

ScriptExecutor *StaticAnalyzer::runScript(const ScriptRun &run, std::function<void(const ScriptOutcome &)> then,
                                          bool answerOnLine)
{
    ScriptExecutor *executor = m_factory(this);
    m_executors.append(executor);
    const quint64 generation = m_generation;
    // The outcome goes to `then` once: from the run's end, or from its line (below).
    const auto answered = std::make_shared<bool>(false);
    const auto handle = std::make_shared<std::function<void(const ScriptOutcome &)>>(std::move(then));
    connect(executor, &ScriptExecutor::finished, this,
            [this, executor, generation, answered, handle](const ScriptOutcome &outcome) {
                executor->deleteLater();
                m_executors.removeAll(executor);
                if (generation != m_generation || *answered)
                    return; // a cancelled or already answered request
                *answered = true;
                (*handle)(outcome);
            });
    if (answerOnLine) {
        // The analyzer prints its answer as one line and exits: the answer is whole at the newline, and
        // the interpreter's exit and its sandbox's teardown (10-18 ms) need not be waited for. The run
        // then ends on its own: it leaves the request's runs, so answering does not stop it.
        const auto line = std::make_shared<QByteArray>();
        connect(executor, &ScriptExecutor::outputReceived, this,
                [this, executor, generation, answered, handle, line](const QByteArray &data) {
                    if (generation != m_generation || *answered)
                        return;
                    *line += data;
                    if (!line->endsWith('\n'))
                        return;
                    *answered = true;
                    m_executors.removeAll(executor);
                    ScriptOutcome outcome;
                    outcome.ok = true;
                    outcome.stdoutData = *line;
                    (*handle)(outcome);
                });
    }
    executor->start(run);
    return executor;
}

void StaticAnalyzer::deliver(const AnalysisResult &result)
{
    // One answer per request: whatever else of it still runs (the parser when the analyzer failed
    // first) is stopped, and its outcome dropped.
    cancel();
    Q_EMIT finished(result);
}

void StaticAnalyzer::fail(const QString &message)
{
    // Delivered from the event loop: finished() never arrives inside analyze().
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, message] {
        if (generation == m_generation)
            Q_EMIT finished(AnalysisResult::failure(QStringLiteral("static"), message));
    });
}

void StaticAnalyzer::cancel()
{
    ++m_generation;
    const QList<QPointer<ScriptExecutor>> executors = std::exchange(m_executors, {});
    for (const QPointer<ScriptExecutor> &executor : executors) {
        if (!executor)
            continue;
        executor->cancel();
        executor->deleteLater();
    }
}

QByteArray StaticAnalyzer::compiledScript()
{
    return bundledResource(QStringLiteral("static_analyzer.compiled.py"));
}

AnalysisResult StaticAnalyzer::parseOutput(const QByteArray &output)
{
    const QString provider = QStringLiteral("static");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(output.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return AnalysisResult::failure(provider, tr("the static analyzer gave an unreadable answer"));
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("ok")).toBool()) {
        const int line = o.value(QStringLiteral("line")).toInt();
        const QString message = o.value(QStringLiteral("error")).toString();
        return AnalysisResult::failure(provider,
                                       line > 0 ? tr("line %1: %2").arg(line).arg(message) : message);
    }
    AnalysisResult r;
    r.provider = provider;
    r.time = o.value(QStringLiteral("time")).toString(QStringLiteral("O(1)"));
    r.space = o.value(QStringLiteral("space")).toString(QStringLiteral("O(1)"));
    r.confidence = o.value(QStringLiteral("confidence")).toDouble();
    r.explanation = o.value(QStringLiteral("explanation")).toString();
    const QString spaceWhy = o.value(QStringLiteral("space_explanation")).toString();
    if (!spaceWhy.isEmpty())
        r.explanation += tr(" Space: %1.").arg(spaceWhy);
    const QJsonArray functions = o.value(QStringLiteral("functions")).toArray();
    for (const QJsonValue &v : functions)
        r.functions.append(FunctionComplexity::fromJson(v.toObject()));
    const QJsonArray risks = o.value(QStringLiteral("risks")).toArray();
    for (const QJsonValue &v : risks)
        r.risks.append(RiskyPattern::fromJson(v.toObject()));
    const QJsonArray loops = o.value(QStringLiteral("hot_loops")).toArray();
    for (const QJsonValue &v : loops)
        r.hotLoops.append(HotLoop::fromJson(v.toObject()));
    return r;
}

} // namespace analysis
