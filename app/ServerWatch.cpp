#include "ServerWatch.h"

#include <algorithm>

namespace app {

ServerWatch::ServerWatch(QObject *parent)
    : QObject(parent)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &ServerWatch::check);
    connect(&m_probe, &remote::HealthProbe::answered, this, [this](bool up) { onAnswered(up); });
}

void ServerWatch::watch(const QUrl &server)
{
    if (server == m_server)
        return;
    m_server = server;
    m_retryMs = 0;
    m_next.stop();
    if (m_enabled && !m_server.isEmpty())
        check();
}

void ServerWatch::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_next.stop();
    if (m_enabled && !m_server.isEmpty())
        check();
}

void ServerWatch::check()
{
    if (!m_enabled || m_server.isEmpty())
        return;
    m_probe.check(m_server);
}

void ServerWatch::onAnswered(bool up)
{
    if (!m_enabled || m_server.isEmpty())
        return;
    m_retryMs = up ? 0 : (m_retryMs == 0 ? firstRetryMs : std::min(2 * m_retryMs, maxRetryMs));
    m_next.start(up ? upIntervalMs : m_retryMs);
    Q_EMIT answered(up);
}

} // namespace app
