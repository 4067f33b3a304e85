#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <functional>

namespace server {

// The counters behind /metrics, rendered in the Prometheus text format (version 0.0.4).
class Metrics
{
public:
    void jobSubmitted() { ++m_submitted; }
    void jobRejected(const QString &code) { ++m_rejected[code]; }
    void jobFinished(const QString &status, double runSeconds, double totalSeconds);
    void httpRequest(int status) { ++m_httpResponses[status]; }
    // `result`: the provider that answered ("static", "gemini") or "error" for a failed analysis.
    void analysisFinished(const QString &result) { ++m_analysesFinished[result]; }
    void analysisRejected(const QString &code) { ++m_analysesRejected[code]; }
    void connectionOpened() { ++m_connections; ++m_connectionsTotal; }
    void connectionClosed() { --m_connections; }
    int activeConnections() const { return m_connections; }

    // Gauges read at render time: queue depth, running jobs, workers, analyses.
    using GaugeSource = std::function<QList<QPair<QString, double>>()>;
    void addGaugeSource(GaugeSource source) { m_gauges.append(std::move(source)); }

    QByteArray render() const;

private:
    struct Histogram
    {
        static constexpr std::array<double, 12> kBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
        std::array<quint64, kBounds.size()> counts{};
        quint64 count = 0;
        double sum = 0;
        void observe(double value);
        void render(QByteArray &out, const char *name, const char *help) const;
    };

    quint64 m_submitted = 0;
    QHash<QString, quint64> m_rejected;
    QHash<QString, quint64> m_finished;
    QHash<int, quint64> m_httpResponses;
    QHash<QString, quint64> m_analysesFinished;
    QHash<QString, quint64> m_analysesRejected;
    int m_connections = 0;
    quint64 m_connectionsTotal = 0;
    Histogram m_runDuration;
    Histogram m_jobDuration;
    QList<GaugeSource> m_gauges;
};

} // namespace server
