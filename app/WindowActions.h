#pragma once

#include <QHash>
#include <QStringList>
#include <QObject>

class QAction;
class QWidget;

namespace app {

// The main window's commands as QActions: object name, icon, shortcuts, text and tooltip, written once
// per command in one table (WindowActions.cpp). What a command does is the window's to connect, where it
// appears (menus, toolbar) the window's to lay out; this only makes and names them.
class WindowActions : public QObject
{
    Q_OBJECT
public:
    // The actions are children of `window` and added to it, so their shortcuts work even when the menu
    // bar is hidden.
    explicit WindowActions(QWidget *window);

    // The action of that object name ("actionRun"), or null.
    QAction *action(const QString &objectName) const { return m_actions.value(objectName); }
    QAction *action(const char *objectName) const { return action(QString::fromLatin1(objectName)); }

    // Every action, in the table's order (Help ▸ Keyboard Shortcuts lists them).
    QList<QAction *> actions() const { return m_ordered; }
    // Every action's object name, in the table's order (tests press every shortcut from it).
    static QStringList names();

    // Texts and tooltips in the current interface language.
    void retranslate();

private:
    QHash<QString, QAction *> m_actions;
    QList<QAction *> m_ordered;
};

} // namespace app
