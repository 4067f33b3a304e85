#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QEvent;
class QLocalServer;
class QWidget;

namespace app {

// One IDE window per user, as Kate and Geany do: a second `code-remote FILE...` (a file manager's "Open
// with") hands its files to the running instance, which opens them and raises its window, and exits.
//
// The instances meet on a local socket, `code-remote.socket` in the user's runtime directory
// ($XDG_RUNTIME_DIR, 0700, the user's own), itself 0600. A socket file nobody answers on (left by an
// instance that crashed) is removed. Deciding and listening happen under a lock file, so two instances
// started at once do not both become the first.
//
// The message: one JSON object per connection, {"files": [absolute paths]}, then a newline; the first
// instance answers "ok\n" once it has taken them, so a second one exits only when its files are safe.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   // this process listens: it is the instance files are handed to
        HandedOff, // a running instance took the files: this process should exit
        Alone,     // neither worked (no runtime directory, a socket error): carry on without
    };

    // `socketPath`: where the instances meet; empty: defaultSocketPath().
    explicit SingleInstance(const QString &socketPath = QString(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // $XDG_RUNTIME_DIR/code-remote.socket (QStandardPaths checks the directory is the user's, 0700);
    // empty when there is no runtime directory.
    static QString defaultSocketPath();

    // Hands `files` (made absolute against the current directory) to a running instance, or becomes
    // the one later instances hand theirs to. `error` says why the role is Alone.
    Role start(const QStringList &files, QString *error = nullptr);

    // For the first instance: opens each handed file with `openFile` and raises `window`. Files the
    // desktop hands over as QFileOpenEvent (macOS's Finder does, instead of a second process) take
    // the same way.
    void attach(QWidget *window, std::function<void(const QString &)> openFile);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

    QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    // A later instance's files (possibly none: it was started without any, and wants the window).
    void filesReceived(const QStringList &files);

private:
    bool handOff(const QStringList &files, int timeoutMs);
    QString listen();
    void onNewConnection();
    void deliver(const QStringList &files);

    QString m_socketPath;
    QLocalServer *m_server = nullptr;
    QPointer<QWidget> m_window;
    std::function<void(const QString &)> m_openFile;
};

} // namespace app
