#include "ConnectionTester.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace app {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_probe, &remote::HealthProbe::answered, this, &ConnectionTester::onHealth);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
        finish(Outcome::Failed, tr("Connected in %1 ms, but the token check timed out").arg(m_latencyMs));
    });
}

QUrl ConnectionTester::probeUrl(const QUrl &server)
{
    QUrl url = remote::HealthProbe::healthUrl(server);
    QString path = url.path();
    path.chop(int(qstrlen("health")));
    // No job has this id (ids are UUIDs): the answer says only whether the token is accepted.
    url.setPath(path + QStringLiteral("execute/jobs/connection-test"));
    return url;
}

void ConnectionTester::test(const QUrl &server, const QString &token, int timeoutMs)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_timeout.stop();
    m_server = server;
    m_token = token.trimmed();
    m_running = true;
    if (!server.isValid() || server.host().isEmpty()) {
        finish(Outcome::NoServer, tr("Enter the server's address first"));
        return;
    }
    m_timeout.setInterval(timeoutMs);
    m_clock.start();
    m_probe.check(server, timeoutMs);
}

void ConnectionTester::onHealth(bool up, const QString &problem)
{
    if (!m_running)
        return;
    m_latencyMs = m_clock.elapsed();
    if (!up) {
        finish(Outcome::Unreachable, tr("Cannot reach the server: %1").arg(problem));
        return;
    }
    if (m_token.isEmpty()) {
        finish(Outcome::NoToken, tr("Connected in %1 ms; enter the API token to run programs").arg(m_latencyMs));
        return;
    }
    QNetworkRequest request(probeUrl(m_server));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onTokenReply);
    m_timeout.start();
}

void ConnectionTester::onTokenReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_timeout.stop();
    m_reply.clear();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404)
        finish(Outcome::Connected, tr("Connected in %1 ms, token accepted").arg(m_latencyMs));
    else if (status == 401 || status == 403)
        finish(Outcome::TokenRefused,
               tr("Connected in %1 ms, but the server refused the token (HTTP %2)").arg(m_latencyMs).arg(status));
    else if (status != 0)
        finish(Outcome::Failed, tr("Connected in %1 ms, but the token check answered HTTP %2").arg(m_latencyMs).arg(status));
    else
        finish(Outcome::Failed, tr("Connected in %1 ms, but the token check failed: %2").arg(m_latencyMs).arg(reply->errorString()));
}

void ConnectionTester::finish(Outcome outcome, const QString &message)
{
    m_running = false;
    Q_EMIT finished(outcome, message);
}

} // namespace app
