#pragma once

#include "ConnectionStatus.h"

#include <QLabel>

namespace app {

// The status bar's word on the server: a coloured mark plus text ("Server: connected"), so the state
// never depends on seeing colour, with the longer description as tooltip and accessible description.
// Hidden while programs run locally.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    const ConnectionStatus &status() const { return m_status; }

    void setTarget(ExecutionTarget target);
    void setServer(const QUrl &url, bool configured);
    void setConnectionState(remote::RemoteRunSession::ConnectionState state);
    void setFailure(const remote::Error &error);
    void setReachable(bool up);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    ConnectionStatus m_status;
};

} // namespace app
