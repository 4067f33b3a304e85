#include "Metrics.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace server {

namespace {
void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

template<typename Key>
void labelled(QByteArray &out, const char *name, const char *label, const QHash<Key, quint64> &values)
{
    QList<Key> keys = values.keys();
    std::sort(keys.begin(), keys.end());
    for (const Key &key : keys) {
        out += name;
        out += '{';
        out += label;
        out += "=\"";
        if constexpr (std::is_same_v<Key, int>)
            out += QByteArray::number(key);
        else
            out += key.toUtf8();
        out += "\"} ";
        out += QByteArray::number(values.value(key));
        out += '\n';
    }
}
} // namespace

void Metrics::jobFinished(const QString &status, double runSeconds, double totalSeconds)
{
    ++m_finished[status];
    m_runDuration.observe(runSeconds);
    m_jobDuration.observe(totalSeconds);
}

void Metrics::Histogram::observe(double value)
{
    for (size_t i = 0; i < kBounds.size(); ++i) {
        if (value <= kBounds[i])
            ++counts[i];
    }
    ++count;
    sum += value;
}

void Metrics::Histogram::render(QByteArray &out, const char *name, const char *help) const
{
    header(out, name, "histogram", help);
    const QByteArray base(name);
    for (size_t i = 0; i < kBounds.size(); ++i)
        out += base + "_bucket{le=\"" + QByteArray::number(kBounds[i]) + "\"} " + QByteArray::number(counts[i]) + '\n';
    out += base + "_bucket{le=\"+Inf\"} " + QByteArray::number(count) + '\n';
    out += base + "_sum " + QByteArray::number(sum, 'f', 6) + '\n';
    out += base + "_count " + QByteArray::number(count) + '\n';
}

QByteArray Metrics::render() const
{
    QByteArray out;
    header(out, "code_remote_jobs_submitted_total", "counter", "Jobs accepted.");
    out += "code_remote_jobs_submitted_total " + QByteArray::number(m_submitted) + '\n';
    header(out, "code_remote_jobs_rejected_total", "counter", "Submissions refused, by error code.");
    labelled(out, "code_remote_jobs_rejected_total", "code", m_rejected);
    header(out, "code_remote_jobs_finished_total", "counter", "Jobs finished, by result status.");
    labelled(out, "code_remote_jobs_finished_total", "status", m_finished);
    for (const GaugeSource &source : m_gauges) {
        for (const auto &[name, value] : source()) {
            const QByteArray metric = name.toUtf8();
            header(out, metric.constData(), "gauge", "See docs/protocol.md.");
            out += metric + ' ' + QByteArray::number(value) + '\n';
        }
    }
    header(out, "code_remote_analyses_finished_total", "counter",
           "Analyses answered, by the provider that answered (or error).");
    labelled(out, "code_remote_analyses_finished_total", "result", m_analysesFinished);
    header(out, "code_remote_analyses_rejected_total", "counter", "Analysis requests refused, by error code.");
    labelled(out, "code_remote_analyses_rejected_total", "code", m_analysesRejected);
    header(out, "code_remote_websocket_connections", "gauge", "WebSocket connections open now.");
    out += "code_remote_websocket_connections " + QByteArray::number(m_connections) + '\n';
    header(out, "code_remote_websocket_connections_total", "counter", "WebSocket connections accepted.");
    out += "code_remote_websocket_connections_total " + QByteArray::number(m_connectionsTotal) + '\n';
    header(out, "code_remote_http_responses_total", "counter", "HTTP responses, by status code.");
    labelled(out, "code_remote_http_responses_total", "code", m_httpResponses);
    m_runDuration.render(out, "code_remote_run_duration_seconds", "Time a job spent running.");
    m_jobDuration.render(out, "code_remote_job_duration_seconds", "Time from acceptance to result.");
    return out;
}

} // namespace server
