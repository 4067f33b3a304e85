#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace app {

class AppSettings;
class ManualDialog;
class ShortcutsDialog;
class WelcomeDialog;

// The Help menu's pages for a learner: the welcome page (shown by itself on the first start only), the
// keyboard shortcuts and the manual. Each is one non-modal dialog, raised again if already open.
class HelpController : public QObject
{
    Q_OBJECT
public:
    // `actions` lists the window's commands when the shortcuts page opens (so it shows what the
    // window has now); `window` is the dialogs' parent.
    HelpController(QWidget *window, AppSettings *settings, std::function<QList<QAction *>()> actions,
                   QObject *parent = nullptr);

    WelcomeDialog *showWelcome();
    // Shows the welcome page if it has never been shown; true if it was shown now.
    bool showWelcomeOnFirstStart();
    ShortcutsDialog *showShortcuts();
    ManualDialog *showManual();

Q_SIGNALS:
    // An example was chosen on the welcome page: its text, to open in a new tab.
    void exampleChosen(const QString &text);

private:
    QAction *findAction(const char *objectName) const;

    QWidget *m_window;
    AppSettings *m_settings;
    std::function<QList<QAction *>()> m_actions;
    QPointer<WelcomeDialog> m_welcome;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<ManualDialog> m_manual;
};

} // namespace app
