#pragma once

#include <remote/HealthProbe.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace app {

// The settings dialog's "Test connection": is the server up (GET /health, remote::HealthProbe), how long
// did it take, and does it accept the token? The token is tried on an authenticated request that
// changes nothing: GET /execute/jobs/<an id no job has> answers 404 to a good token and 401 to a bad one.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Connected, TokenRefused, NoToken, Unreachable, NoServer, Failed };
    Q_ENUM(Outcome)

    explicit ConnectionTester(QObject *parent = nullptr);

    // Abandons a test in flight. `token` empty: only the server is checked.
    void test(const QUrl &server, const QString &token, int timeoutMs = 5000);
    bool isRunning() const { return m_running; }
    // The address of the authenticated request for a server URL.
    static QUrl probeUrl(const QUrl &server);

Q_SIGNALS:
    // `message`: what to show, e.g. "Connected in 12 ms, token accepted".
    void finished(app::ConnectionTester::Outcome outcome, const QString &message);

private:
    void onHealth(bool up, const QString &problem);
    void onTokenReply();
    void finish(Outcome outcome, const QString &message);

    remote::HealthProbe m_probe;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QUrl m_server;
    QString m_token;
    qint64 m_latencyMs = 0;
    bool m_running = false;
};

} // namespace app
