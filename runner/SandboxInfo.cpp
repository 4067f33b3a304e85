#include "SandboxInfo.h"

#include "LocalRunSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace runner {

bool SandboxInfo::isActive(const QString &id) const
{
    for (const SandboxLayer &layer : layers) {
        if (layer.id == id)
            return layer.active;
    }
    return false;
}

QJsonObject SandboxInfo::toJson() const
{
    QJsonArray array;
    for (const SandboxLayer &layer : layers) {
        array.append(QJsonObject{{QStringLiteral("id"), layer.id},
                                 {QStringLiteral("name"), layer.name},
                                 {QStringLiteral("active"), layer.active},
                                 {QStringLiteral("detail"), layer.detail}});
    }
    QJsonObject object{{QStringLiteral("layers"), array}};
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

SandboxInfo SandboxInfo::probe()
{
    SandboxInfo info;
    QProcess process;
    process.start(LocalRunSession::sandboxExecutable(), {QStringLiteral("--probe")});
    if (!process.waitForFinished(15000) || process.exitStatus() != QProcess::NormalExit) {
        info.error = QStringLiteral("cannot run the sandbox helper %1: %2")
                         .arg(LocalRunSession::sandboxExecutable(), process.errorString());
        return info;
    }
    const QJsonObject object = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonArray array = object.value(QStringLiteral("layers")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject layer = value.toObject();
        info.layers.append({layer.value(QStringLiteral("id")).toString(), layer.value(QStringLiteral("name")).toString(),
                            layer.value(QStringLiteral("active")).toBool(),
                            layer.value(QStringLiteral("detail")).toString()});
    }
    if (object.value(QStringLiteral("status")).toString() != QLatin1String("ok"))
        info.error = QStringLiteral("the sandbox could not run a test program: %1")
                         .arg(object.value(QStringLiteral("message")).toString());
    return info;
}

} // namespace runner
