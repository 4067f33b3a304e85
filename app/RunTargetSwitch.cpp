#include "RunTargetSwitch.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolButton>

namespace app {

RunTargetSwitch::RunTargetSwitch(AppSettings *settings, QWidget *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_menu(new QMenu(parent))
    , m_group(new QActionGroup(this))
    , m_local(new QAction(this))
    , m_remote(new QAction(this))
    , m_serverSettings(new QAction(this))
    , m_button(new QToolButton(parent))
{
    m_menu->setObjectName(QStringLiteral("runTargetMenu"));
    m_local->setObjectName(QStringLiteral("actionTargetLocal"));
    m_remote->setObjectName(QStringLiteral("actionTargetRemote"));
    m_serverSettings->setObjectName(QStringLiteral("actionServerSettings"));
    for (QAction *action : {m_local, m_remote}) {
        action->setCheckable(true);
        m_group->addAction(action);
    }
    m_local->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_remote->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_serverSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma));
    m_menu->addActions({m_local, m_remote});
    m_menu->addSeparator();
    m_menu->addAction(m_serverSettings);

    m_button->setObjectName(QStringLiteral("runTargetButton"));
    m_button->setMenu(m_menu);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_local, &QAction::triggered, this, [this] { choose(ExecutionTarget::Local); });
    connect(m_remote, &QAction::triggered, this, [this] { choose(ExecutionTarget::Remote); });
    connect(m_serverSettings, &QAction::triggered, this, &RunTargetSwitch::serverSettingsRequested);
    connect(m_settings, &AppSettings::runPreferencesChanged, this, &RunTargetSwitch::follow);
    retranslate();
}

void RunTargetSwitch::choose(ExecutionTarget target)
{
    RunPreferences preferences = m_settings->runPreferences();
    preferences.target = target;
    m_settings->setRunPreferences(preferences);
}

void RunTargetSwitch::follow()
{
    const bool remote = m_settings->runPreferences().target == ExecutionTarget::Remote;
    m_local->setChecked(!remote);
    m_remote->setChecked(remote);
    m_button->setText(remote ? tr("Run on: Server") : tr("Run on: Local"));
    m_button->setAccessibleName(m_button->text());
}

void RunTargetSwitch::retranslate()
{
    m_menu->setTitle(tr("Run O&n"));
    m_local->setText(tr("&Local Sandbox"));
    m_local->setToolTip(tr("Run programs in the sandbox on this computer"));
    m_remote->setText(tr("Code Remote &Server"));
    m_remote->setToolTip(tr("Run programs on the Code Remote server set in Settings"));
    m_serverSettings->setText(tr("Server S&ettings…"));
    m_button->setToolTip(tr("Where programs run"));
    follow();
}

} // namespace app
