#include "HelpController.h"

#include "AppSettings.h"
#include "ManualDialog.h"
#include "ShortcutsDialog.h"
#include "WelcomeDialog.h"

#include <QAction>

namespace app {

namespace {
template<typename Dialog> Dialog *raise(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}
} // namespace

HelpController::HelpController(QWidget *window, AppSettings *settings,
                               std::function<QList<QAction *>()> actions, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_actions(std::move(actions))
{
}

QAction *HelpController::findAction(const char *objectName) const
{
    for (QAction *action : m_actions()) {
        if (action->objectName() == QLatin1String(objectName))
            return action;
    }
    return nullptr;
}

WelcomeDialog *HelpController::showWelcome()
{
    if (!m_welcome) {
        // The shortcuts named on the page are the actions' own, whatever they are set to.
        const QAction *run = findAction("actionRun");
        const QAction *analyze = findAction("actionAnalyze");
        m_welcome = new WelcomeDialog(run ? run->shortcut() : QKeySequence(),
                                      analyze ? analyze->shortcut() : QKeySequence(), m_window);
        connect(m_welcome, &WelcomeDialog::exampleChosen, this, [this](const QString &resource) {
            const QString text = WelcomeDialog::exampleText(resource);
            if (text.isEmpty())
                return;
            Q_EMIT exampleChosen(text);
            // The example is what the user wants to see now, not this page over it.
            m_welcome->close();
        });
        connect(m_welcome, &WelcomeDialog::manualRequested, this, [this] { showManual(); });
    }
    m_settings->setWelcomeShown(true);
    return raise(m_welcome.data());
}

bool HelpController::showWelcomeOnFirstStart()
{
    if (m_settings->welcomeShown())
        return false;
    showWelcome();
    return true;
}

ShortcutsDialog *HelpController::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(m_actions(), m_window);
    return raise(m_shortcuts.data());
}

ManualDialog *HelpController::showManual()
{
    if (!m_manual)
        m_manual = new ManualDialog(m_window);
    return raise(m_manual.data());
}

} // namespace app
