#pragma once

#include <QMenu>

namespace app {

class AppSettings;

// File ▸ Open Recent: the settings' recent files, newest first and numbered for the keyboard, then
// Clear List. It follows the settings by itself; choosing a file is the window's to act on.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(AppSettings *settings, QWidget *parent = nullptr);

    // Rebuilds the items in the current interface language (the title is the window's).
    void rebuild();

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    AppSettings *m_settings;
};

} // namespace app
