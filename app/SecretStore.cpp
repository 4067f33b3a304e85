#include "SecretStore.h"

#include <QObject>
#include <QTimer>

#ifdef CODE_REMOTE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace app {

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

#ifdef CODE_REMOTE_HAVE_KEYCHAIN

namespace {
SecretStore::Result resultOf(QKeychain::Job *job)
{
    SecretStore::Result result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.outcome = SecretStore::Outcome::Ok;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.value = read->textData();
        break;
    case QKeychain::EntryNotFound:
        result.outcome = SecretStore::Outcome::NotFound;
        break;
    default:
        // A locked keychain the user declined to open counts as no keychain: the caller falls back.
        result.outcome = SecretStore::Outcome::Unavailable;
        result.error = job->errorString();
        break;
    }
    return result;
}

// Jobs have no parent and delete themselves once finished: QtKeychain's Secret Service backend keeps a
// raw pointer to a job until libsecret answers, so a job must never be deleted while it is pending.
// `context` only guards the callback.
void run(QKeychain::Job *job, const QString &key, QObject *context, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setKey(key);
    // Never QtKeychain's own plain-text fallback: TokenKeychain falls back itself, visibly.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}
} // namespace

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(value);
    run(job, key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(done));
}

#else

namespace {
void unavailable(QObject *context, SecretStore::Callback done)
{
    QTimer::singleShot(0, context, [done = std::move(done)] {
        done({SecretStore::Outcome::Unavailable, QString(),
              QObject::tr("This build of Code Remote has no keychain support (QtKeychain).")});
    });
}
} // namespace

void KeychainSecretStore::read(const QString &, QObject *context, Callback done)
{
    unavailable(context, std::move(done));
}

void KeychainSecretStore::write(const QString &, const QString &, QObject *context, Callback done)
{
    unavailable(context, std::move(done));
}

void KeychainSecretStore::remove(const QString &, QObject *context, Callback done)
{
    unavailable(context, std::move(done));
}

#endif

} // namespace app
