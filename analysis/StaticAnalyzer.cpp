#include "StaticAnalyzer.h"

#include "Resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

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

void StaticAnalyzer::analyze(const QString &code)
{
    cancel();
    ScriptExecutor *executor = m_factory(this);
    m_executor = executor;
    connect(executor, &ScriptExecutor::finished, this, [this, executor](const ScriptOutcome &outcome) {
        executor->deleteLater();
        if (m_executor != executor)
            return; // a cancelled run
        m_executor = nullptr;
        AnalysisResult result = outcome.ok
                                    ? parseOutput(outcome.stdoutData)
                                    : AnalysisResult::failure(QStringLiteral("static"), outcome.message);
        Q_EMIT finished(result);
    });
    ScriptRun run;
    run.script = script();
    run.compiledScript = compiledScript();
    run.compiledFor = QString::fromUtf8(bundledResource(QStringLiteral("static_analyzer.interpreter")).trimmed());
    run.stdinData = code.toUtf8();
    run.timeoutMs = m_timeoutMs;
    executor->start(run);
}

void StaticAnalyzer::cancel()
{
    if (!m_executor)
        return;
    ScriptExecutor *executor = m_executor;
    m_executor = nullptr;
    executor->cancel();
    executor->deleteLater();
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
