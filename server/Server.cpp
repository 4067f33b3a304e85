#include "Server.h"

#include "Database.h"
#include "GuardedListener.h"
#include "HttpApi.h"
#include "JobService.h"
#include "Log.h"
#include "WebSocketApi.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace server {

Server::Server(ServerConfig config, JobScheduler::SessionFactory factory, std::unique_ptr<AnalysisBackend> analysis,
               QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_factory(std::move(factory)), m_analysis(std::move(analysis)),
      m_rateLimiter(m_config.rateLimitPerSecond, m_config.rateLimitBurst)
{
    m_metrics.addGaugeSource([this] { return m_analysis->gauges(); });
}

Server::~Server()
{
    delete m_webSockets;
    delete m_http;
    delete m_jobs;
    Database::close();
}

QString Server::start()
{
    if (const QString error = Database::open(m_config.databaseLocation()); !error.isEmpty())
        return error;
    if (Database::isShared())
        m_rateLimiter.shareThroughDatabase(); // one limit for a token across every replica
    QString languageError;
    ServerLanguages languages = ServerLanguages::detect(m_config.languages, languageError);
    if (!languageError.isEmpty())
        return QStringLiteral("--languages: %1").arg(languageError);
    m_jobs = new JobService(m_config, std::move(languages), m_factory, m_metrics, m_rateLimiter, this);
    m_jobs->expire();
    m_jobs->recover();

    m_http = new HttpApi(*m_jobs, m_tokens, *m_analysis, m_rateLimiter, m_metrics, this);
    m_webSockets = new WebSocketApi(*m_http, *m_jobs, m_tokens, m_metrics, m_config, this);

    std::optional<QSslConfiguration> tls;
    if (!m_config.tlsCertificate.isEmpty()) {
        QFile certFile(m_config.tlsCertificate), keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read the TLS certificate or key");
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (certificate.isNull() || key.isNull())
            return QStringLiteral("the TLS certificate or key is not valid PEM");
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
        tls = configuration;
    }

    // Requests are screened on their headers before the HTTP server reads them (GuardedListener).
    auto authorize = [this](const RequestScreen::Headers &headers) {
        const QString token = TokenStore::bearerToken(headers.value("Authorization"));
        bool unreachable = false;
        const bool valid = !token.isEmpty() && m_tokens.verify(token, &unreachable).has_value();
        // A token that cannot be checked now (the database restarting) is not called bad here: the
        // request goes on to HttpApi, which checks again and answers 503 `unavailable`. The screen's
        // limits on the body still apply to it.
        return valid || unreachable;
    };
    auto *listener = new GuardedListener(authorize, m_config.idleTimeoutSeconds * 1000, tls, m_http);
    if (!listener->listen(m_config.listenAddress, m_config.port)) {
        const QString error = listener->errorString();
        delete listener;
        return QStringLiteral("cannot listen on %1:%2: %3").arg(m_config.listenAddress.toString()).arg(m_config.port).arg(error);
    }
    m_http->bind(listener);
    m_port = listener->serverPort();
    Log::info(QStringLiteral("server.listening"),
              {{QStringLiteral("address"), m_config.listenAddress.toString()},
               {QStringLiteral("port"), m_port},
               {QStringLiteral("scheme"), tls ? QStringLiteral("https") : QStringLiteral("http")},
               {QStringLiteral("workers"), m_jobs->scheduler().workers()},
               {QStringLiteral("queue_capacity"), m_jobs->scheduler().queueCapacity()},
               {QStringLiteral("analysis_provider"), m_analysis->status().value(QStringLiteral("provider"))},
               {QStringLiteral("data_dir"), m_config.dataDir}});
    return QString();
}

void Server::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    Log::info(QStringLiteral("server.shutdown"), {{QStringLiteral("running"), m_jobs ? m_jobs->scheduler().running() : 0}});
    if (!m_jobs) {
        QTimer::singleShot(0, this, &Server::stopped);
        return;
    }
    // No new connections; existing ones still get their jobs' results.
    for (QTcpServer *listener : m_http->servers())
        listener->close();
    m_jobs->shutdown(m_config.shutdownGraceSeconds * 1000, [this] {
        m_webSockets->closeAll();
        // A moment for close frames and the last responses to leave.
        QTimer::singleShot(200, this, [this] {
            Log::info(QStringLiteral("server.stopped"));
            Q_EMIT stopped();
        });
    });
}

} // namespace server
