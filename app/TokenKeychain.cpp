#include "TokenKeychain.h"

#include "AppSettings.h"
#include "SecretStore.h"

#include <remote/RemoteRunSession.h>

#include <QTimer>

namespace app {

const QString TokenKeychain::kKeychainKey = QStringLiteral("remote-api-token");

TokenKeychain::TokenKeychain(AppSettings *settings, std::shared_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(std::move(secrets))
{
}

TokenKeychain::~TokenKeychain() = default;

void TokenKeychain::load()
{
    if (m_state != State::NotLoaded)
        return;
    m_state = State::Loading;
    const QString inFile = m_settings->plainTextRemoteToken();
    if (inFile.isEmpty()) {
        readKeychain();
        return;
    }
    // Left there when the keychain failed last time: newer than anything in the keychain. Try again to
    // move it out of the file; persist() reports where it ended up. Deferred like a keychain answer,
    // so ready() never arrives inside load().
    setStorage(Storage::SettingsFile, m_keychainError);
    QTimer::singleShot(0, this, [this, inFile] {
        finishLoading(inFile);
        if (!m_setWhileLoading)
            persist(inFile);
    });
}

void TokenKeychain::readKeychain()
{
    m_secrets->read(kKeychainKey, this, [this](const SecretStore::Result &result) {
        if (result.outcome == SecretStore::Outcome::Unavailable)
            setStorage(Storage::SettingsFile, result.error);
        else
            setStorage(Storage::Keychain, QString());
        finishLoading(result.outcome == SecretStore::Outcome::Ok ? result.value : QString());
    });
}

void TokenKeychain::finishLoading(const QString &token)
{
    m_state = State::Ready;
    // A token the user typed while the keychain was still answering is newer than what it found.
    if (!m_setWhileLoading && token != m_token) {
        m_token = token;
        Q_EMIT tokenChanged();
    }
    Q_EMIT ready();
}

QString TokenKeychain::server() const
{
    return m_settings->remoteTokenServer();
}

QString TokenKeychain::tokenFor(const QUrl &url) const
{
    const QString owner = server();
    return owner.isEmpty() || owner == remote::RemoteTarget::serverIdentity(url) ? m_token : QString();
}

void TokenKeychain::bindTo(const QUrl &url)
{
    if (!m_token.isEmpty() && server().isEmpty())
        m_settings->setRemoteTokenServer(remote::RemoteTarget::serverIdentity(url));
}

void TokenKeychain::setToken(const QString &token, const QUrl &server)
{
    const QString trimmed = token.trimmed();
    const QString owner = trimmed.isEmpty() ? QString() : remote::RemoteTarget::serverIdentity(server);
    if (owner != this->server()) {
        m_settings->setRemoteTokenServer(owner);
        Q_EMIT tokenChanged();
    }
    const bool wasNotLoaded = m_state == State::NotLoaded;
    if (m_state == State::Loading)
        m_setWhileLoading = true;
    if (m_state == State::Ready && trimmed == m_token)
        return;
    if (wasNotLoaded)
        m_state = State::Ready; // the user's value is the token now; nothing older needs reading
    if (trimmed != m_token) {
        m_token = trimmed;
        Q_EMIT tokenChanged();
    }
    persist(trimmed);
    if (wasNotLoaded)
        Q_EMIT ready();
}

void TokenKeychain::persist(const QString &token)
{
    // One write at a time, so a slow keychain cannot apply an older token after a newer one.
    if (m_writing) {
        m_nextWrite = token;
        return;
    }
    m_writing = true;
    if (token.isEmpty()) {
        m_settings->setPlainTextRemoteToken(QString());
        m_secrets->remove(kKeychainKey, this, [this](const SecretStore::Result &result) {
            // A keychain that cannot be reached may still hold an old token; it is read again only if
            // the file holds none and the keychain comes back, which is the best that can be done.
            if (result.outcome == SecretStore::Outcome::Unavailable)
                setStorage(Storage::SettingsFile, result.error);
            else
                setStorage(Storage::Keychain, QString());
            onPersisted();
        });
        return;
    }
    m_secrets->write(kKeychainKey, token, this, [this, token](const SecretStore::Result &result) {
        if (result.outcome == SecretStore::Outcome::Ok) {
            m_settings->setPlainTextRemoteToken(QString());
            setStorage(Storage::Keychain, QString());
        } else {
            m_settings->setPlainTextRemoteToken(token);
            setStorage(Storage::SettingsFile, result.error);
        }
        onPersisted();
    });
}

void TokenKeychain::onPersisted()
{
    m_writing = false;
    if (m_nextWrite) {
        const QString next = *std::exchange(m_nextWrite, std::nullopt);
        persist(next);
        return;
    }
    Q_EMIT saved();
}

void TokenKeychain::setStorage(Storage storage, const QString &error)
{
    m_keychainError = storage == Storage::SettingsFile ? error : QString();
    if (storage == m_storage)
        return;
    m_storage = storage;
    Q_EMIT storageChanged(storage);
}

} // namespace app
