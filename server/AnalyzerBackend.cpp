#include "AnalyzerBackend.h"

#include <analysis/Analyzer.h>
#include <runner/Language.h>
#include "Log.h"
#include "ServerConfig.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace server {

AnalyzerBackend::Settings AnalyzerBackend::Settings::fromConfig(const ServerConfig &config)
{
    Settings settings;
    settings.gemini.apiKey = config.geminiKey;
    if (!config.geminiModel.isEmpty())
        settings.gemini.model = config.geminiModel;
    if (!config.geminiUrl.isEmpty())
        settings.gemini.baseUrl = QUrl(config.geminiUrl);
    settings.maxRunning = config.effectiveWorkers();
    settings.queueCapacity = config.effectiveQueueCapacity();
    settings.maxPerOwner = config.maxJobsPerToken;
    return settings;
}

AnalyzerBackend::AnalyzerBackend(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_settings.maxRunning = std::max(1, m_settings.maxRunning);
    m_settings.queueCapacity = std::max(0, m_settings.queueCapacity);
    // The library decides what "the provider" is; ask it rather than repeat its rule.
    analysis::Analyzer probe;
    probe.setGeminiSettings(m_settings.gemini);
    m_provider = probe.provider();
    // The static analyzer is a Python script run in the sandbox.
    const runner::Language *python = runner::LanguageRegistry::builtin().find(QStringLiteral("python"));
    m_staticAvailable = python && !runner::Language::resolveExecutable(python->run).isEmpty();
}

AnalyzerBackend::~AnalyzerBackend()
{
    // Analyzers are children: deleting them stops their sandboxed runs. No callback runs any more.
    for (Entry &entry : m_entries)
        disconnect(entry.contextGone);
}

bool AnalyzerBackend::isAvailable() const
{
    return m_staticAvailable || !m_settings.gemini.apiKey.isEmpty();
}

QJsonObject AnalyzerBackend::status() const
{
    QJsonObject status{{QStringLiteral("provider"), m_provider},
                       {QStringLiteral("available"), isAvailable()}};
    if (!m_settings.gemini.apiKey.isEmpty()) {
        status.insert(QStringLiteral("model"), m_settings.gemini.model);
        status.insert(QStringLiteral("fallback"),
                      m_staticAvailable ? QStringLiteral("static") : QStringLiteral("none"));
    }
    if (!isAvailable())
        status.insert(
            QStringLiteral("reason"),
            QStringLiteral("no Python interpreter for the static analyzer and no Gemini key configured"));
    return status;
}

QList<QPair<QString, double>> AnalyzerBackend::gauges() const
{
    return {{QStringLiteral("code_remote_analyses_running"), double(m_running)},
            {QStringLiteral("code_remote_analyses_queued"), double(m_queue.size())}};
}

int AnalyzerBackend::estimatedWaitSeconds() const
{
    const double rounds = double(m_queue.size()) / m_settings.maxRunning + 1;
    return std::max(1, int(std::ceil(rounds * m_averageRunMs / 1000.0)));
}

void AnalyzerBackend::analyze(const Request &request, QObject *context, Callback done)
{
    if (m_settings.maxPerOwner > 0 && m_activeByOwner.value(request.owner) >= m_settings.maxPerOwner) {
        done({QJsonObject(),
              remote::Error{remote::ErrorCode::TooManyJobs,
                            QStringLiteral("this token already has %1 analyses queued or running")
                                .arg(m_settings.maxPerOwner),
                            estimatedWaitSeconds()}});
        return;
    }
    if (m_running >= m_settings.maxRunning && int(m_queue.size()) >= m_settings.queueCapacity) {
        const int wait = estimatedWaitSeconds();
        done({QJsonObject(),
              remote::Error{remote::ErrorCode::Busy,
                            QStringLiteral("the server is busy (%1 analyses waiting); retry in %2 s")
                                .arg(m_queue.size())
                                .arg(wait),
                            wait}});
        return;
    }
    const quint64 id = m_nextId++;
    Entry &entry = m_entries[id];
    entry.request = request;
    entry.context = context;
    entry.done = std::move(done);
    entry.sinceAccepted.start();
    entry.contextGone = connect(context, &QObject::destroyed, this, [this, id] { finish(id, nullptr); });
    ++m_activeByOwner[request.owner];
    m_queue.push_back(id);
    startNext();
}

void AnalyzerBackend::startNext()
{
    while (m_running < m_settings.maxRunning && !m_queue.empty()) {
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        start(id);
    }
}

void AnalyzerBackend::start(quint64 id)
{
    auto *analyzer = new analysis::Analyzer(this);
    analyzer->setGeminiSettings(m_settings.gemini);
    ++m_running;
    Entry &entry = m_entries[id];
    entry.analyzer = analyzer;
    entry.sinceStarted.start();
    const Request request = entry.request; // `entry` may be gone if the analyzer answers at once
    connect(analyzer, &analysis::Analyzer::finished, this,
            [this, id](const analysis::AnalysisResult &result) { finish(id, &result); });
    analyzer->analyze(request.code, request.language);
}

void AnalyzerBackend::finish(quint64 id, const analysis::AnalysisResult *result)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    const Entry entry = it.value();
    m_entries.erase(it);
    disconnect(entry.contextGone);
    if (const auto owner = m_activeByOwner.find(entry.request.owner);
        owner != m_activeByOwner.end() && --owner.value() <= 0)
        m_activeByOwner.erase(owner);

    const qint64 totalMs = entry.sinceAccepted.elapsed();
    const qint64 runMs = entry.analyzer ? entry.sinceStarted.elapsed() : 0;
    if (entry.analyzer) {
        --m_running;
        entry.analyzer->disconnect(this);
        if (!result)
            entry.analyzer->cancel();  // stops its sandboxed run and any Gemini request
        entry.analyzer->deleteLater(); // we may be inside its finished() signal
    } else {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
    }

    if (!result) {
        Log::debug(QStringLiteral("analysis.abandoned"), {{QStringLiteral("owner"), entry.request.owner}});
    } else {
        m_averageRunMs = 0.8 * m_averageRunMs + 0.2 * double(runMs);
        Log::info(QStringLiteral("analysis.finished"),
                  {{QStringLiteral("owner"), entry.request.owner},
                   {QStringLiteral("provider"), result->provider},
                   {QStringLiteral("status"), result->ok() ? QStringLiteral("ok") : QStringLiteral("error")},
                   {QStringLiteral("time"), result->time},
                   {QStringLiteral("fallback"), !result->fallbackReason.isEmpty()},
                   {QStringLiteral("run_ms"), runMs},
                   {QStringLiteral("total_ms"), totalMs}});
        if (entry.context && entry.done)
            entry.done({withoutKey(result->toJson()), std::nullopt});
    }
    startNext();
}

QJsonObject AnalyzerBackend::withoutKey(const QJsonObject &object) const
{
    const QByteArray key = m_settings.gemini.apiKey.toUtf8();
    if (key.isEmpty())
        return object;
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (!json.contains(key))
        return object;
    json.replace(key, "***");
    return QJsonDocument::fromJson(json).object();
}

} // namespace server
