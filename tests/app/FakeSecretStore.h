#pragma once

#include <app/SecretStore.h>

#include <QHash>
#include <QObject>
#include <QTimer>

// A keychain in memory, or none at all: tests never touch the real user's keychain. Answers come from
// the event loop, as a real keychain's do.
class FakeSecretStore : public app::SecretStore
{
public:
    explicit FakeSecretStore(bool available = true)
        : m_available(available)
    {
    }

    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QString> values;
    int writes = 0;

    void read(const QString &key, QObject *context, Callback done) override
    {
        Result result = unavailableOr(values.contains(key) ? Outcome::Ok : Outcome::NotFound);
        if (result.outcome == Outcome::Ok)
            result.value = values.value(key);
        answer(context, std::move(done), result);
    }
    void write(const QString &key, const QString &value, QObject *context, Callback done) override
    {
        ++writes;
        const Result result = unavailableOr(Outcome::Ok);
        if (result.outcome == Outcome::Ok)
            values.insert(key, value);
        answer(context, std::move(done), result);
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        const Result result = unavailableOr(Outcome::Ok);
        if (result.outcome == Outcome::Ok)
            values.remove(key);
        answer(context, std::move(done), result);
    }

private:
    Result unavailableOr(Outcome outcome) const
    {
        if (!m_available)
            return {Outcome::Unavailable, QString(), QStringLiteral("no secret service in this test")};
        return {outcome, QString(), QString()};
    }
    static void answer(QObject *context, Callback done, const Result &result)
    {
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }

    bool m_available;
};
