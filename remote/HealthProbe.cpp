#include "HealthProbe.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace remote {

HealthProbe::HealthProbe(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int seconds = std::max(1, m_timeout.interval() / 1000);
        abandon();
        Q_EMIT answered(false, QStringLiteral("no answer within %1 s").arg(seconds));
    });
}

QUrl HealthProbe::healthUrl(const QUrl &server)
{
    QUrl url = server;
    if (url.scheme() == QLatin1String("ws"))
        url.setScheme(QStringLiteral("http"));
    else if (url.scheme() == QLatin1String("wss"))
        url.setScheme(QStringLiteral("https"));
    QString path = url.path();
    if (path.endsWith(QLatin1String("/ws")))
        path.chop(3);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/health"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void HealthProbe::check(const QUrl &server, int timeoutMs)
{
    abandon();
    // The timer, not a transfer timeout, bounds the check: it also covers a connect that never completes
    // and gives the clearer reason.
    m_reply = m_network.get(QNetworkRequest(healthUrl(server)));
    connect(m_reply, &QNetworkReply::finished, this, &HealthProbe::onFinished);
    m_timeout.start(timeoutMs);
}

void HealthProbe::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_timeout.stop();
    m_reply.clear();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200)
        Q_EMIT answered(true, QString());
    else if (status != 0)
        Q_EMIT answered(false, QStringLiteral("HTTP %1").arg(status));
    else
        Q_EMIT answered(false, reply->errorString());
}

void HealthProbe::abandon()
{
    m_timeout.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace remote
