#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

namespace {
enum Column { CommandColumn, ShortcutColumn };
} // namespace

QString ShortcutsDialog::commandText(const QAction *action)
{
    // "&&" is a literal "&"; a single "&" marks the accelerator.
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setPlaceholderText(tr("Search commands or keys"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);

    QSet<QString> seen;
    for (const QAction *action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        // A key an action has only at times (Continue: F5 while a program is paused) is described.
        const QString hint = action->property("shortcutHint").toString();
        if ((keys.isEmpty() && hint.isEmpty()) || action->text().isEmpty())
            continue;
        QStringList native;
        for (const QKeySequence &key : keys)
            native << key.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            native << hint;
        const QString command = commandText(action);
        const QString shortcut = native.join(QStringLiteral(", "));
        // An action made twice (a dock's toggle and its menu item) is one command.
        if (seen.contains(command + QLatin1Char('\t') + shortcut))
            continue;
        seen.insert(command + QLatin1Char('\t') + shortcut);
        auto *item = new QTreeWidgetItem(m_list, {command, shortcut});
        item->setToolTip(CommandColumn, action->toolTip());
    }
    m_list->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 560);
    m_search->setFocus();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool match = needle.isEmpty() ||
                           item->text(CommandColumn).contains(needle, Qt::CaseInsensitive) ||
                           item->text(ShortcutColumn).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

QStringList ShortcutsDialog::visibleCommands() const
{
    QStringList commands;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (!m_list->topLevelItem(i)->isHidden())
            commands << m_list->topLevelItem(i)->text(CommandColumn);
    }
    return commands;
}

} // namespace app
