#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace server {

// The seam between the server and the complexity analyzers (analysis/): /analyze and /analyze/status
// only see this interface, so the server builds and serves without any provider configured.
class AnalysisBackend
{
public:
    struct Outcome
    {
        QJsonObject result;     // the complexity result on success
        QString errorMessage;   // set on failure
    };
    using Callback = std::function<void(const Outcome &)>;

    virtual ~AnalysisBackend() = default;
    // {"provider": "...", "available": bool, ...}
    virtual QJsonObject status() const = 0;
    virtual bool isAvailable() const = 0;
    // Analyzes asynchronously; `done` is called once, on the server's thread, while `context` lives.
    virtual void analyze(const QString &code, const QString &language, QObject *context, Callback done) = 0;
};

// Used while no analyzer is wired in: /analyze answers 503 `unavailable` with this reason.
class UnavailableAnalysisBackend : public AnalysisBackend
{
public:
    explicit UnavailableAnalysisBackend(QString reason) : m_reason(std::move(reason)) {}
    QJsonObject status() const override
    {
        return {{QStringLiteral("provider"), QStringLiteral("none")},
                {QStringLiteral("available"), false},
                {QStringLiteral("reason"), m_reason}};
    }
    bool isAvailable() const override { return false; }
    void analyze(const QString &, const QString &, QObject *, Callback done) override
    {
        done({QJsonObject(), m_reason});
    }

private:
    QString m_reason;
};

} // namespace server
