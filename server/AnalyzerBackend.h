#pragma once

#include "AnalysisBackend.h"
#include <analysis/GeminiClient.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>

namespace analysis {
class Analyzer;
struct AnalysisResult;
} // namespace analysis

namespace server {

struct ServerConfig;

// /analyze on analysis::Analyzer, the composite the IDE and code-remote-run use: Gemini when a key is
// configured (the static analyzer answers whenever Gemini fails), the static analyzer in the sandbox
// otherwise. An Analyzer serves one request at a time (a new analyze() cancels the one in progress),
// so every request gets its own. At most `maxRunning` run at once and `queueCapacity` more wait; past that
// a request is refused as `busy`, and a token that already has `maxPerOwner` analyses queued or
// running gets `too_many_jobs`, with the same Retry-After estimate /execute gives.
class AnalyzerBackend : public QObject, public AnalysisBackend
{
    Q_OBJECT
public:
    struct Settings
    {
        analysis::GeminiSettings gemini; // no key: static analysis only
        int maxRunning = 1;              // analyses at once
        int queueCapacity = 32;
        int maxPerOwner = 16; // 0: no limit

        // The same run slots, queue size and per-token limit as jobs; the Gemini key, model and URL.
        static Settings fromConfig(const ServerConfig &config);
    };

    explicit AnalyzerBackend(Settings settings, QObject *parent = nullptr);
    ~AnalyzerBackend() override;

    QJsonObject status() const override;
    bool isAvailable() const override;
    void analyze(const Request &request, QObject *context, Callback done) override;
    QList<QPair<QString, double>> gauges() const override;

private:
    struct Entry
    {
        Request request;
        QPointer<QObject> context;
        Callback done;
        QMetaObject::Connection contextGone;
        analysis::Analyzer *analyzer = nullptr; // set once it runs
        QElapsedTimer sinceAccepted;
        QElapsedTimer sinceStarted;
    };

    void startNext();
    void start(quint64 id);
    // Ends an entry, queued or running, and gives its slot to the next one; `result` is null when the
    // client went away and the analysis is abandoned.
    void finish(quint64 id, const analysis::AnalysisResult *result);
    int estimatedWaitSeconds() const;
    // Defence in depth: the analysis library already keeps the key out of its messages.
    QJsonObject withoutKey(const QJsonObject &object) const;

    Settings m_settings;
    QString m_provider;
    bool m_staticAvailable = false;
    QHash<quint64, Entry> m_entries; // queued and running
    std::deque<quint64> m_queue;
    QHash<QString, int> m_activeByOwner;
    int m_running = 0;
    quint64 m_nextId = 1;
    double m_averageRunMs = 500; // for Retry-After
};

} // namespace server
