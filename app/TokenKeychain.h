#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace app {

class AppSettings;
class SecretStore;

// The Code Remote API token: kept in the user's keychain, or, when no keychain can be reached, in the
// settings file in plain text (storage() says which, so the settings dialog can warn). The keychain is
// asynchronous, so the token is loaded on first need (load()) rather than at start-up: a user who
// only runs locally is never asked to unlock a keychain.
//
// Rules, in order:
//  - a token in the settings file is the newest one (a successful keychain write removes it), so load()
//    takes it and tries to move it into the keychain;
//  - otherwise the keychain's token, if any;
//  - setToken() answers at once (token() is the new value) and writes in the background: to the
//    keychain, or to the settings file if the keychain fails. Writes are applied in order.
//
// A token belongs to the server it was entered for: tokenFor() gives it only for a URL naming that
// server, so pointing the IDE at another server never hands it this one's credential. A token entered
// without a server (before any URL was set, or by an older version) belongs to the first server it is
// used with (bindTo()).
class TokenKeychain : public QObject
{
    Q_OBJECT
public:
    enum class Storage {
        Unknown,      // not loaded yet
        Keychain,     // the token is, or a new one will be, in the keychain
        SettingsFile, // no keychain: the token is, or a new one will be, in the settings file in plain text
    };
    Q_ENUM(Storage)

    TokenKeychain(AppSettings *settings, std::shared_ptr<SecretStore> secrets, QObject *parent = nullptr);
    ~TokenKeychain() override;

    static const QString kKeychainKey;

    // Reads the token; ready() follows once (at once if already loaded). Safe to call repeatedly.
    void load();
    bool isReady() const { return m_state == State::Ready; }
    bool isLoading() const { return m_state == State::Loading; }
    QString token() const { return m_token; }
    // `server`: the URL the token was entered for; empty binds it to the first server it is used with.
    void setToken(const QString &token, const QUrl &server = QUrl());
    // "host:port" of the server the token belongs to; empty when not bound yet.
    QString server() const;
    // The token if it belongs to the server `url` names (or to no server yet), else empty.
    QString tokenFor(const QUrl &url) const;
    // A token entered without a server belongs to `url`'s from now on.
    void bindTo(const QUrl &url);

    Storage storage() const { return m_storage; }
    // Why the keychain could not be used (empty when it could).
    QString keychainError() const { return m_keychainError; }

Q_SIGNALS:
    void ready();
    void tokenChanged();
    void storageChanged(app::TokenKeychain::Storage storage);
    // Every write so far has reached its storage.
    void saved();

private:
    enum class State { NotLoaded, Loading, Ready };

    void readKeychain();
    void finishLoading(const QString &token);
    void persist(const QString &token);
    void onPersisted();
    void setStorage(Storage storage, const QString &error);

    AppSettings *m_settings;
    std::shared_ptr<SecretStore> m_secrets;
    State m_state = State::NotLoaded;
    Storage m_storage = Storage::Unknown;
    QString m_token;
    QString m_keychainError;
    bool m_setWhileLoading = false;
    bool m_writing = false;
    std::optional<QString> m_nextWrite;
};

} // namespace app
