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

QString RecentFilesMenu::label(const QStringList &files, int index)
{
    const QFileInfo info(files.at(index));
    int sameName = 0;
    for (const QString &other : files)
        sameName += QFileInfo(other).fileName() == info.fileName() ? 1 : 0;
    // Two "main.py" from different folders must not read the same: those name their folder too.
    QString name = info.fileName();
    if (sameName > 1)
        name = tr("%1 — %2").arg(name, QDir::toNativeSeparators(info.absolutePath()));
    // "&" in a file name is literal, not an accelerator.
    name.replace(QLatin1Char('&'), QStringLiteral("&&"));
    // 1 to 9 get their digit as the accelerator, the tenth its last digit ("1&0").
    const QString number = index < 9 ? QStringLiteral("&%1").arg(index + 1) : QStringLiteral("1&0");
    return QStringLiteral("%1 %2").arg(number, name);
}

void RecentFilesMenu::rebuild()
{
    clear();
    // The full path is the tooltip; menus hide tooltips unless told.
    setToolTipsVisible(true);
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = addAction(label(files, i));
        const bool exists = QFileInfo::exists(path);
        action->setEnabled(exists);
        action->setToolTip(exists ? QDir::toNativeSeparators(path)
                                  : tr("%1 (no longer exists)").arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (files.isEmpty()) {
        QAction *none = addAction(tr("No recent files"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *clearList = addAction(tr("&Clear List"));
    clearList->setEnabled(!files.isEmpty());
    connect(clearList, &QAction::triggered, m_settings, &AppSettings::clearRecentFiles);
}

} // namespace app
