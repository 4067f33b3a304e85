#pragma once

#include <QString>

#include <functional>

class QObject;

namespace app {

// One secret per key in a store the operating system protects (the user's keychain), reached
// asynchronously because a keychain may have to be unlocked or may answer over D-Bus. TokenKeychain talks
// to this interface so its fallback logic can be tested without a keychain.
class SecretStore
{
public:
    enum class Outcome {
        Ok,
        NotFound,    // a read of a key that holds nothing (the store itself works)
        Unavailable, // no keychain, access denied, or any other failure: the value was not read or kept
    };
    struct Result
    {
        Outcome outcome = Outcome::Unavailable;
        QString value; // what a successful read found
        QString error; // why it was unavailable, for the settings dialog
    };
    using Callback = std::function<void(const Result &result)>;

    virtual ~SecretStore() = default;

    // `done` is called exactly once, later from the event loop, unless `context` is destroyed first.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

// The platform keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). Without QtKeychain at build time every call reports Unavailable.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("code-remote"));

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    QString m_service;
};

} // namespace app
