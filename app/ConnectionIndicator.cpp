#include "ConnectionIndicator.h"

#include <QEvent>

namespace app {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setTextFormat(Qt::RichText);
    render();
}

void ConnectionIndicator::setTarget(ExecutionTarget target)
{
    m_status.setTarget(target);
    render();
}

void ConnectionIndicator::setServer(const QUrl &url, bool configured)
{
    m_status.setServer(url, configured);
    render();
}

void ConnectionIndicator::setConnectionState(remote::RemoteRunSession::ConnectionState state)
{
    m_status.setConnectionState(state);
    render();
}

void ConnectionIndicator::setFailure(const remote::Error &error)
{
    m_status.setFailure(error);
    render();
}

void ConnectionIndicator::setReachable(bool up)
{
    m_status.setReachable(up);
    render();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void ConnectionIndicator::render()
{
    // Mid-tone colours that read on both the light and the dark palette; the shape differs too.
    const char *mark = "●";
    const char *colour = "#8a8a8a";
    switch (m_status.severity()) {
    case ConnectionStatus::Severity::Neutral:
        mark = "○";
        break;
    case ConnectionStatus::Severity::Progress:
        mark = "◌";
        colour = "#c8901a";
        break;
    case ConnectionStatus::Severity::Good:
        colour = "#3c9d5a";
        break;
    case ConnectionStatus::Severity::Problem:
        mark = "✕";
        colour = "#d0453a";
        break;
    }
    const QString text = m_status.text();
    setText(QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                .arg(QLatin1String(colour), QString::fromUtf8(mark), text.toHtmlEscaped()));
    setToolTip(m_status.description());
    setAccessibleName(text);
    setAccessibleDescription(m_status.description());
    setVisible(m_status.kind() != ConnectionStatus::Kind::Local);
}

} // namespace app
