#pragma once

#include <remote/Protocol.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace server {

// The seam between the server and the complexity analyzers (analysis/): /analyze and /analyze/status
// only see this interface. The HTTP front end validates the body, the token and the rate; a backend
// decides whether it has room (per-token concurrency, a bounded queue) and produces the result.
class AnalysisBackend
{
public:
    struct Request
    {
        QString owner; // the token's owner: for per-token limits
        QString code;
        QString language;
    };
    struct Outcome
    {
        QJsonObject result;                 // the complexity result (analysis::AnalysisResult::toJson())
        std::optional<remote::Error> error; // set when the request was refused (busy, too_many_jobs, ...)
    };
    using Callback = std::function<void(const Outcome &)>;

    virtual ~AnalysisBackend() = default;
    // {"provider": "...", "available": bool, "reason"?: "...", ...}; never contains a secret.
    virtual QJsonObject status() const = 0;
    virtual bool isAvailable() const = 0;
    // Analyzes asynchronously; `done` is called at most once, on the server's thread, and only while
    // `context` lives. When `context` is destroyed first, the analysis is abandoned.
    virtual void analyze(const Request &request, QObject *context, Callback done) = 0;
    // Gauges for /metrics (name, value).
    virtual QList<QPair<QString, double>> gauges() const { return {}; }
};

} // namespace server
