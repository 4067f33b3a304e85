#include "SessionStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace app {

SessionStore::SessionStore(const QString &fileName)
    : m_fileName(fileName.isEmpty()
                     ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/session.json")
                     : fileName)
{
}

bool SessionStore::save(const Session &session) const
{
    QJsonArray files;
    for (const SessionFile &file : session.files)
        files.append(QJsonObject{{QStringLiteral("path"), file.path},
                                 {QStringLiteral("line"), file.line},
                                 {QStringLiteral("column"), file.column}});
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("files"), files},
                           {QStringLiteral("current"), session.currentIndex}};
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    // QSaveFile: a crash while writing leaves the previous session intact.
    QSaveFile out(m_fileName);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return out.commit();
}

Session SessionStore::load() const
{
    Session session;
    QFile in(m_fileName);
    if (!in.open(QIODevice::ReadOnly))
        return session;
    const QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    const int current = root.value(QStringLiteral("current")).toInt();
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject object = files.at(i).toObject();
        SessionFile file;
        file.path = object.value(QStringLiteral("path")).toString();
        file.line = std::max(1, object.value(QStringLiteral("line")).toInt(1));
        file.column = std::max(1, object.value(QStringLiteral("column")).toInt(1));
        if (file.path.isEmpty() || !QFileInfo::exists(file.path))
            continue;
        if (i == current)
            session.currentIndex = int(session.files.size());
        session.files.append(file);
    }
    return session;
}

} // namespace app
