#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardItemModel>

namespace app {

// The Variables view's model: Locals and Globals of the selected frame, each value a row (name, value,
// type). Containers and objects expand lazily: their children are asked for only when the row is
// expanded (childrenWanted), and arrive with setChildren(). A value that differs from what the same
// name held at an earlier pause is marked changed (bold, ChangedRole). A value the agent cut short
// carries the number under which its whole text can be asked for (MoreRole).
class VariablesModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, TypeColumn };
    enum Role { RefRole = Qt::UserRole + 1, MoreRole, ChangedRole, LoadedRole, PathRole };

    explicit VariablesModel(QObject *parent = nullptr);

    // A new pause (or another frame): empties the two scopes; `frameKey` names the frame ("f") so that
    // changes are compared within the same function.
    void beginFrame(const QString &frameKey);
    QModelIndex scopeIndex(const QString &scope) const; // "locals" or "globals"
    // Fills the children of `parent` (a scope or an expandable value) from an agent's "vars" reply.
    void setChildren(const QModelIndex &parent, const QJsonArray &items, int total);
    // Empties the model (the session ended).
    void reset();

    // The row of `name` under `parent`, for tests and for the view.
    QModelIndex find(const QModelIndex &parent, const QString &name) const;

    void retranslate();

Q_SIGNALS:
    // A row with a ref was expanded for the first time.
    void childrenWanted(const QModelIndex &index, int ref);

public:
    // The view calls this when a row is expanded.
    void onExpanded(const QModelIndex &index);

private:
    QStandardItem *scopeItem(const QString &scope) const;

    QString m_frameKey;
    // What each path held at the last pause it was shown, to mark values that changed.
    QHash<QString, QString> m_seen;
};

} // namespace app
