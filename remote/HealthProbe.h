#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace remote {

// Asks a Code Remote server whether it is up: GET <server>/health, which needs no token (so none is
// sent). One check at a time; a new check() abandons the one in flight.
//
//     probe.check(QUrl("https://runner.example.org"));
//     connect(&probe, &HealthProbe::answered, ..., [](bool up, const QString &problem) { ... });
class HealthProbe : public QObject
{
    Q_OBJECT
public:
    explicit HealthProbe(QObject *parent = nullptr);

    // `server` as the user gave it (http, https, ws or wss; a path ending in /ws is the WebSocket's).
    void check(const QUrl &server, int timeoutMs = 5000);
    // The /health address for a server URL.
    static QUrl healthUrl(const QUrl &server);

Q_SIGNALS:
    // `problem`: why the server is taken as down (refused, timed out, HTTP status); empty when up.
    void answered(bool up, const QString &problem);

private:
    void onFinished();
    void abandon();

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
};

} // namespace remote
