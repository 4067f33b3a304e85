#include "SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QWidget>

namespace app {

namespace {
// Generous: the first instance may be busy (opening a large file, a modal dialog's event loop still
// serves sockets). Waiting longer only delays a second instance that would otherwise open a window.
constexpr int kHandOffTimeoutMs = 5000;
// A message larger than this is not from an instance of ours.
constexpr qint64 kMaxMessageBytes = 1024 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath.isEmpty() ? defaultSocketPath() : socketPath)
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::defaultSocketPath()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    return QDir(runtime).filePath(QStringLiteral("code-remote.socket"));
}

SingleInstance::Role SingleInstance::start(const QStringList &files, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return Role::Alone;
    };
    if (m_socketPath.isEmpty())
        return fail(QStringLiteral("no runtime directory for the single-instance socket"));

    QStringList absolute;
    for (const QString &file : files)
        absolute.append(QFileInfo(file).absoluteFilePath());

    // Held while deciding: a second instance started at the same moment waits here, then finds us.
    QLockFile lock(m_socketPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(kHandOffTimeoutMs))
        return fail(QStringLiteral("cannot lock %1").arg(lock.fileName()));
    if (handOff(absolute, kHandOffTimeoutMs))
        return Role::HandedOff;
    if (const QString why = listen(); !why.isEmpty())
        return fail(why);
    return Role::Primary;
}

bool SingleInstance::handOff(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody there, or a stale socket file: listen() replaces it
    QJsonObject message{{QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only an explicit answer means the files are open there; anything else and this process opens them.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

QString SingleInstance::listen()
{
    // Called only after a connection failed: whatever file is there is stale.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    // Qt creates the socket in a private directory, restricts it, then moves it into place: there is
    // no moment when another user could connect.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return QStringLiteral("cannot listen on %1: %2").arg(m_socketPath, why);
    }
    // UserAccessOption leaves the owner's execute bit; a socket needs only read and write.
    QFile::setPermissions(m_socketPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return {};
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessageBytes)
                    socket->abort();
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(socket->readLine());
            const QJsonValue files = document.object().value(QStringLiteral("files"));
            if (!document.isObject() || !files.isArray()) {
                socket->abort();
                return;
            }
            QStringList paths;
            for (const QJsonValue &file : files.toArray()) {
                if (file.isString() && QFileInfo(file.toString()).isAbsolute())
                    paths.append(file.toString());
            }
            socket->write("ok\n");
            socket->disconnectFromServer();
            Q_EMIT filesReceived(paths);
        });
    }
}

void SingleInstance::attach(QWidget *window, std::function<void(const QString &)> openFile)
{
    m_window = window;
    m_openFile = std::move(openFile);
    connect(this, &SingleInstance::filesReceived, window,
            [this](const QStringList &files) { deliver(files); });
    QCoreApplication::instance()->installEventFilter(this);
}

bool SingleInstance::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen && watched == QCoreApplication::instance() && m_openFile) {
        deliver({static_cast<QFileOpenEvent *>(event)->file()});
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void SingleInstance::deliver(const QStringList &files)
{
    for (const QString &file : files)
        m_openFile(file);
    if (!m_window)
        return;
    // Un-minimise, bring to the front and ask for focus (a window manager may only flash it).
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace app
