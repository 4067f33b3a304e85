#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace app {

// Help ▸ Keyboard Shortcuts: every command that has a shortcut, listed from the window's actions
// themselves (so the list is never out of date), with a search field that filters by command or key.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *list() const { return m_list; }
    // The commands the filter leaves visible, as their menu text without "&" and "…".
    QStringList visibleCommands() const;

    // "&Open…" as the list shows it: "Open".
    static QString commandText(const QAction *action);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_search;
    QTreeWidget *m_list;
};

} // namespace app
