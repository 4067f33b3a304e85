#pragma once

// A debug or shell session driven as the IDE drives it, recording what it says (tests only): shared by
// the local sessions' suite (tst_agentsession) and the server's (tst_server_sessions).

#include <runner/AgentSession.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// Data-driven tests run a case in each profile.
Q_DECLARE_METATYPE(runner::Profile)

class AgentDriver : public QObject
{
public:
    // A program that runs far longer than any test (its wall limit ends it) after printing "go": only
    // a breakpoint or a pause that takes effect while it runs can stop it. Its loop is lines 3 and 4.
    static constexpr const char *kEndlessLoop = "print('go', flush=True)\n"
                                                "i = 0\n"
                                                "while i < 10 ** 12:\n"
                                                "    i += 1\n";
    static void addProfileColumn()
    {
        QTest::addColumn<runner::Profile>("profile");
        QTest::newRow("standard") << runner::Profile::Standard;
        QTest::newRow("strict") << runner::Profile::Strict;
    }
    // Waits until the program has printed `text` (or ended).
    bool waitForOutput(const QString &text)
    {
        return QTest::qWaitFor([&] { return out.contains(text) || done; }, 30'000) && !done;
    }

    // Takes ownership of `transport` (a local run or a server's).
    AgentDriver(runner::RunSession *transport, runner::AgentMode mode, const QByteArray &program,
                runner::Profile profile)
        : session(transport)
    {
        using namespace runner;
        request.mode = mode;
        request.run.source = program;
        request.run.policy.profile = profile;
        request.run.policy.limits.wallMs = 10'000;
        connect(&session, &AgentSession::outputReceived, this, [this](OutputChannel channel, const QString &text) {
            (channel == OutputChannel::Stdout ? out : err) += text;
        });
        connect(&session, &AgentSession::paused, this,
                [this](const QString &reason, const QJsonArray &frames, const QString &exception) {
            ++pauses;
            lastReason = reason;
            lastFrames = frames;
            lastException = exception;
        });
        connect(&session, &AgentSession::promptReady, this, [this](bool isMore) {
            ++prompts;
            more = isMore;
        });
        connect(&session, &AgentSession::inputRequested, this, [this] { ++inputRequests; });
        connect(&session, &AgentSession::reply, this, [this](int id, const QJsonObject &message) {
            replies.insert(id, message);
        });
        connect(&session, &AgentSession::requestTimedOut, this, [this](int id) { timedOut.append(id); });
        connect(&session, &AgentSession::finished, this, [this](const RunResult &r) {
            result = r;
            done = true;
        });
    }

    void start() { session.start(request); }
    bool waitPaused(int count) { return QTest::qWaitFor([&] { return pauses >= count || done; }, 20'000) && pauses >= count; }
    bool waitPrompts(int count) { return QTest::qWaitFor([&] { return prompts >= count || done; }, 20'000) && prompts >= count; }
    bool waitDone(int timeoutMs = 30'000) { return QTest::qWaitFor([&] { return done; }, timeoutMs); }
    QJsonObject answer(int id)
    {
        if (!QTest::qWaitFor([&] { return replies.contains(id) || timedOut.contains(id) || done; }, 20'000))
            return {};
        return replies.value(id);
    }
    int line() const { return lastFrames.first().toObject().value(QStringLiteral("line")).toInt(); }
    QString function() const { return lastFrames.first().toObject().value(QStringLiteral("name")).toString(); }
    // The variables a reply lists, by name.
    static QJsonObject item(const QJsonObject &reply, const QString &name)
    {
        for (const QJsonValue &value : reply.value(QStringLiteral("items")).toArray()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }
    // Runs one shell line and waits for the next prompt.
    bool line(const QString &text)
    {
        const int before = prompts;
        session.sendLine(text);
        return waitPrompts(before + 1);
    }

    runner::AgentRequest request;
    runner::AgentSession session;
    QString out, err, lastReason, lastException;
    QJsonArray lastFrames;
    int pauses = 0, prompts = 0, inputRequests = 0;
    bool more = false, done = false;
    QHash<int, QJsonObject> replies;
    QList<int> timedOut;
    runner::RunResult result;
};
