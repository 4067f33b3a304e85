#pragma once

#include "AppSettings.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolButton;
class QWidget;

namespace app {

// The quick way to choose where programs run, without opening the settings: a "Run On" menu (in the
// Run menu) and a toolbar button showing the current target. Both write the choice to AppSettings and
// follow it when the settings dialog changes it.
class RunTargetSwitch : public QObject
{
    Q_OBJECT
public:
    RunTargetSwitch(AppSettings *settings, QWidget *parent);

    QMenu *menu() const { return m_menu; }
    QToolButton *button() const { return m_button; }
    QAction *localAction() const { return m_local; }
    QAction *remoteAction() const { return m_remote; }
    QAction *serverSettingsAction() const { return m_serverSettings; }
    void retranslate();

Q_SIGNALS:
    void serverSettingsRequested();

private:
    void choose(ExecutionTarget target);
    void follow();

    AppSettings *m_settings;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_local;
    QAction *m_remote;
    QAction *m_serverSettings;
    QToolButton *m_button;
};

} // namespace app
