#pragma once

#include <QByteArray>
#include <QString>

namespace analysis {

// A file bundled in analysis.qrc (":/analysis/<name>"); empty when missing. The static library's
// resources are registered on first use, so executables need not call Q_INIT_RESOURCE themselves.
QByteArray bundledResource(const QString &name);

} // namespace analysis
