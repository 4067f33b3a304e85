#include "Resources.h"

#include <QFile>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerAnalysisResources()
{
    Q_INIT_RESOURCE(analysis);
}

namespace analysis {

QByteArray bundledResource(const QString &name)
{
    static const bool registered = [] {
        registerAnalysisResources();
        return true;
    }();
    Q_UNUSED(registered);
    QFile file(QStringLiteral(":/analysis/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace analysis
