#pragma once

#include "AnalysisBackend.h"
#include "JobScheduler.h"
#include "Metrics.h"
#include "RateLimiter.h"
#include "ServerConfig.h"
#include "TokenStore.h"

#include <QObject>

#include <memory>

namespace server {

class HttpApi;
class JobService;
class WebSocketApi;

// The server assembled from its parts: database, job service, REST and WebSocket front ends.
class Server : public QObject
{
    Q_OBJECT
public:
    // `factory` makes the session each job runs in (LocalRunSession in production).
    Server(ServerConfig config, JobScheduler::SessionFactory factory,
           std::unique_ptr<AnalysisBackend> analysis, QObject *parent = nullptr);
    ~Server() override;

    // Opens the database, recovers unfinished jobs and listens. Empty string: success.
    QString start();
    quint16 port() const { return m_port; }
    // Graceful stop: listeners closed, queued jobs failed, running ones given the grace period.
    void shutdown();

Q_SIGNALS:
    void stopped();

private:
    ServerConfig m_config;
    JobScheduler::SessionFactory m_factory;
    std::unique_ptr<AnalysisBackend> m_analysis;
    Metrics m_metrics;
    RateLimiter m_rateLimiter; // per token, shared by /execute, /ws submits and /analyze
    TokenStore m_tokens;
    JobService *m_jobs = nullptr;
    HttpApi *m_http = nullptr;
    WebSocketApi *m_webSockets = nullptr;
    quint16 m_port = 0;
    bool m_shuttingDown = false;
};

} // namespace server
