#include "ServerMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("code-remote-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CODE_REMOTE_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return server::runServerCommand(arguments);
}
