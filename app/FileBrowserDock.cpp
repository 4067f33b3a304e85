#include "FileBrowserDock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace app {

FileBrowserDock::FileBrowserDock(QWidget *parent)
    : QDockWidget(parent)
    , m_model(new QFileSystemModel(this))
    , m_view(new QTreeView(this))
    , m_path(new QLineEdit(this))
    , m_newFile(new QToolButton(this))
    , m_rename(new QToolButton(this))
{
    setObjectName(QStringLiteral("fileBrowserDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    // Renaming in place needs a writable model; nothing else here writes.
    m_model->setReadOnly(false);
    m_model->setFilter(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::AllDirs);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("fileBrowserView"));
    m_view->setHeaderHidden(true);
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_view->hideColumn(column);
    // F2 and the Rename button edit; a double-click opens, it does not rename.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setDragEnabled(false);
    m_path->setReadOnly(true);
    m_path->setFrame(false);
    m_newFile->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_rename->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_view, &QTreeView::activated, this, &FileBrowserDock::activate);
    connect(m_newFile, &QToolButton::clicked, this, [this] { newFile(); });
    connect(m_rename, &QToolButton::clicked, this, &FileBrowserDock::renameSelected);
    connect(m_model, &QFileSystemModel::fileRenamed, this,
            [this](const QString &directory, const QString &oldName, const QString &newName) {
                const QDir dir(directory);
                if (m_naming == dir.absoluteFilePath(oldName))
                    m_naming = dir.absoluteFilePath(newName);
                Q_EMIT renamed(dir.absoluteFilePath(oldName), dir.absoluteFilePath(newName));
            });
    // The name editor closes after the rename (if any) was made: a new file is then opened to be written.
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        const QString created = std::exchange(m_naming, QString());
        if (!created.isEmpty() && QFileInfo(created).isFile())
            Q_EMIT fileActivated(created);
    });

    auto *content = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_newFile);
    buttons->addWidget(m_rename);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_path);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setFolder(QDir::homePath());
    retranslate();
}

void FileBrowserDock::retranslate()
{
    setWindowTitle(tr("Files"));
    m_view->setAccessibleName(tr("Files in the folder"));
    m_path->setAccessibleName(tr("Folder"));
    m_newFile->setText(tr("New File"));
    m_newFile->setToolTip(tr("Create a file in this folder"));
    m_rename->setText(tr("Rename"));
    m_rename->setToolTip(tr("Rename the selected file (F2)"));
}

void FileBrowserDock::setFolder(const QString &directory)
{
    const QString absolute = QDir(directory).absolutePath();
    if (absolute == folder())
        return;
    m_view->setRootIndex(m_model->setRootPath(absolute));
    m_path->setText(QDir::toNativeSeparators(absolute));
    m_path->setToolTip(m_path->text());
    m_path->setCursorPosition(0);
}

QString FileBrowserDock::folder() const
{
    return m_model->rootPath();
}

void FileBrowserDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (m_model->isDir(index)) {
        m_view->setExpanded(index, !m_view->isExpanded(index));
        return;
    }
    Q_EMIT fileActivated(m_model->filePath(index));
}

QString FileBrowserDock::newFile()
{
    const QDir dir(folder());
    QString name = QStringLiteral("new_file.py");
    for (int n = 2; dir.exists(name); ++n)
        name = QStringLiteral("new_file_%1.py").arg(n);
    const QString path = dir.absoluteFilePath(name);
    QFile file(path);
    // NewOnly: never truncate a file that appeared since the name was checked.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return {};
    file.close();
    m_naming = path;
    // The model notices the new file through its watcher; select and edit it once it is listed.
    const QModelIndex index = m_model->index(path);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->edit(index);
    } else {
        auto *pending = new QObject(this);
        connect(m_model, &QFileSystemModel::rowsInserted, pending, [this, path, pending] {
            const QModelIndex inserted = m_model->index(path);
            if (!inserted.isValid())
                return;
            m_view->setCurrentIndex(inserted);
            m_view->edit(inserted);
            pending->deleteLater();
        });
    }
    return path;
}

void FileBrowserDock::select(const QString &path)
{
    const QModelIndex index = m_model->index(path);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void FileBrowserDock::renameSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        m_view->edit(index);
}

} // namespace app
