#include "VariablesModel.h"

#include <QFont>

namespace app {

namespace {
const char *const kScopes[] = {"locals", "globals"};
} // namespace

VariablesModel::VariablesModel(QObject *parent)
    : QStandardItemModel(0, 3, parent)
{
    reset();
}

void VariablesModel::retranslate()
{
    setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Type")});
    if (QStandardItem *locals = scopeItem(QStringLiteral("locals")))
        locals->setText(tr("Locals"));
    if (QStandardItem *globals = scopeItem(QStringLiteral("globals")))
        globals->setText(tr("Globals"));
}

void VariablesModel::reset()
{
    clear();
    setColumnCount(3);
    for (const char *scope : kScopes) {
        auto *item = new QStandardItem;
        item->setData(QString::fromLatin1(scope), PathRole);
        item->setEditable(false);
        appendRow({item, new QStandardItem, new QStandardItem});
    }
    retranslate();
}

QStandardItem *VariablesModel::scopeItem(const QString &scope) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row)->data(PathRole).toString() == scope)
            return item(row);
    }
    return nullptr;
}

QModelIndex VariablesModel::scopeIndex(const QString &scope) const
{
    QStandardItem *scopeRow = scopeItem(scope);
    return scopeRow ? scopeRow->index() : QModelIndex();
}

void VariablesModel::beginFrame(const QString &frameKey)
{
    m_frameKey = frameKey;
    for (const char *scope : kScopes) {
        if (QStandardItem *scopeRow = scopeItem(QString::fromLatin1(scope)))
            scopeRow->removeRows(0, scopeRow->rowCount());
    }
}

void VariablesModel::setChildren(const QModelIndex &parent, const QJsonArray &items, int total)
{
    QStandardItem *parentItem = itemFromIndex(parent.siblingAtColumn(NameColumn));
    if (!parentItem)
        return;
    parentItem->removeRows(0, parentItem->rowCount());
    parentItem->setData(true, LoadedRole);
    const QString parentPath = parentItem->parent() ? parentItem->data(PathRole).toString()
                                                    : m_frameKey + QLatin1Char('/') + parentItem->data(PathRole).toString();
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        QString text = object.value(QStringLiteral("value")).toString();
        if (object.value(QStringLiteral("cut")).toBool())
            text += QStringLiteral("…");
        const QString path = parentPath + QLatin1Char('/') + name;
        auto *nameItem = new QStandardItem(name);
        auto *valueItem = new QStandardItem(text);
        auto *typeItem = new QStandardItem(object.value(QStringLiteral("type")).toString());
        for (QStandardItem *cell : {nameItem, valueItem, typeItem})
            cell->setEditable(false);
        nameItem->setData(path, PathRole);
        const int ref = object.value(QStringLiteral("ref")).toInt();
        if (ref > 0) {
            nameItem->setData(ref, RefRole);
            // A placeholder so that the view offers to expand the row; replaced when expanded.
            nameItem->appendRow({new QStandardItem(tr("Loading…")), new QStandardItem, new QStandardItem});
        }
        if (const int more = object.value(QStringLiteral("more")).toInt(); more > 0) {
            valueItem->setData(more, MoreRole);
            valueItem->setToolTip(tr("Double-click to see the whole value"));
        }
        const auto seen = m_seen.constFind(path);
        const bool changed = seen != m_seen.cend() && *seen != text;
        m_seen.insert(path, text);
        if (changed) {
            for (QStandardItem *cell : {nameItem, valueItem, typeItem}) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
                cell->setData(true, ChangedRole);
            }
        }
        parentItem->appendRow({nameItem, valueItem, typeItem});
    }
    if (total > items.size()) {
        auto *more = new QStandardItem(tr("(%n more not shown)", nullptr, total - int(items.size())));
        more->setEditable(false);
        parentItem->appendRow({more, new QStandardItem, new QStandardItem});
    }
}

void VariablesModel::onExpanded(const QModelIndex &index)
{
    QStandardItem *nameItem = itemFromIndex(index.siblingAtColumn(NameColumn));
    if (!nameItem || nameItem->data(LoadedRole).toBool())
        return;
    const int ref = nameItem->data(RefRole).toInt();
    if (ref > 0)
        Q_EMIT childrenWanted(nameItem->index(), ref);
}

QModelIndex VariablesModel::find(const QModelIndex &parent, const QString &name) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex child = index(row, NameColumn, parent);
        if (child.data().toString() == name)
            return child;
    }
    return {};
}

} // namespace app
