#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace runner {

// One isolation layer and whether this machine gives it to this user.
struct SandboxLayer
{
    QString id;       // "user_namespace", "seccomp", "landlock", "cgroup_memory", ...
    QString name;     // "User namespace"
    bool active = false;
    QString detail;   // "ABI 7", "cgroup v1 memory", or why it is missing
};

struct SandboxInfo
{
    QList<SandboxLayer> layers;
    QString error; // set when the sandbox helper itself could not be run

    bool isActive(const QString &id) const;
    QJsonObject toJson() const;
    // Asks the sandbox helper what this machine provides (it probes each layer for real).
    static SandboxInfo probe();
};

} // namespace runner
