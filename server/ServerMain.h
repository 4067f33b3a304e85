#pragma once

#include <QStringList>

namespace server {

// The whole command line of code-remote-server (`token ...` subcommands and serving), outside main()
// so tests can drive it. Returns the process exit status.
int runServerCommand(const QStringList &arguments);

} // namespace server
