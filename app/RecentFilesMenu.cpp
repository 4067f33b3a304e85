#include "RecentFilesMenu.h"

#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>

namespace app {

RecentFilesMenu::RecentFilesMenu(AppSettings *settings, QWidget *parent)
    : QMenu(parent)
    , m_settings(settings)
{
    connect(m_settings, &AppSettings::recentFilesChanged, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    addSeparator();
    QAction *clearList = addAction(tr("&Clear List"));
    clearList->setEnabled(!files.isEmpty());
    connect(clearList, &QAction::triggered, m_settings, &AppSettings::clearRecentFiles);
}

} // namespace app
