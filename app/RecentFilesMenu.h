#pragma once

#include <QMenu>

namespace app {

class AppSettings;

// File ▸ Open Recent: the settings' recent files, newest first and numbered for the keyboard, then
// Clear List. A file that no longer exists is shown disabled (and leaves the list when opening fails). It
// follows the settings by itself; choosing a file is the window's to act on.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(AppSettings *settings, QWidget *parent = nullptr);

    // Rebuilds the items in the current interface language (the title is the window's).
    void rebuild();
    // The item text of files[index]: its number and name, with its folder when another recent file
    // has the same name.
    static QString label(const QStringList &files, int index);

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    AppSettings *m_settings;
};

} // namespace app
