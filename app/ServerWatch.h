#pragma once

#include <remote/HealthProbe.h>

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace app {

// Between runs, asks the remote target's server whether it is up (its /health, without the token), so
// the status bar can say "online" or "unreachable" before the user presses Run: every 30 s while it
// answers, and while it does not after 5 s, doubling up to 60 s.
class ServerWatch : public QObject
{
    Q_OBJECT
public:
    explicit ServerWatch(QObject *parent = nullptr);

    // The server to watch; an empty URL stops watching. A new URL is checked at once.
    void watch(const QUrl &server);
    QUrl server() const { return m_server; }
    // Off: no checks at all (tests that assert the indicator's run states switch it off).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    int upIntervalMs = 30'000;
    int firstRetryMs = 5'000;
    int maxRetryMs = 60'000;

Q_SIGNALS:
    void answered(bool up);

private:
    void check();
    void onAnswered(bool up);

    remote::HealthProbe m_probe;
    QTimer m_next;
    QUrl m_server;
    bool m_enabled = true;
    int m_retryMs = 0;
};

} // namespace app
