#pragma once

#include <QDockWidget>

class QFileSystemModel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace app {

// View ▸ Files: the folder of the current file as a tree. A double-click (or Enter) opens a file; New
// File creates one and lets the user name it in place; Rename edits the selected name in place. It
// only shows and changes the file system and says what happened; opening files and following renames
// in the tabs is the window's.
class FileBrowserDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit FileBrowserDock(QWidget *parent = nullptr);

    // Shows `directory` (the folder of the file now in front).
    void setFolder(const QString &directory);
    QString folder() const;

    // Creates an empty file with a free name ("new_file.py", "new_file_2.py", ...) in the folder,
    // selects it and starts editing its name; once named, it is opened (fileActivated). Returns its
    // path, empty on failure.
    QString newFile();
    // Starts editing the selected entry's name.
    void renameSelected();
    // Selects the entry for `path` (when the model has loaded it).
    void select(const QString &path);

    void retranslate();

    QTreeView *view() const { return m_view; }
    QFileSystemModel *model() const { return m_model; }
    QToolButton *newFileButton() const { return m_newFile; }
    QToolButton *renameButton() const { return m_rename; }

Q_SIGNALS:
    void fileActivated(const QString &path);
    // A file or folder was renamed here; the window moves an open tab along.
    void renamed(const QString &oldPath, const QString &newPath);

private:
    void activate(const QModelIndex &index);

    QFileSystemModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_path;
    QToolButton *m_newFile;
    QToolButton *m_rename;
    // The file New File made, while the user names it (follows the rename).
    QString m_naming;
};

} // namespace app
