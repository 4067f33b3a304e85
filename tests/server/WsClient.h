#pragma once

// A WebSocket client of the real server that records every decoded message (tests only).

#include <remote/Protocol.h>

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <optional>

// A WebSocket client that records every decoded message.
class WsClient : public QObject
{
public:
    explicit WsClient(const QString &url, const QString &token, const std::optional<QSslConfiguration> &tls = std::nullopt,
                      const QByteArray &scheme = "Bearer")
    {
        QUrl wsUrl(url + QStringLiteral("/ws"));
        wsUrl.setScheme(wsUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
        if (tls)
            socket.setSslConfiguration(*tls);
        QNetworkRequest request{wsUrl};
        if (!token.isEmpty())
            request.setRawHeader("Authorization", scheme + ' ' + token.toUtf8());
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const remote::Decoded decoded = remote::decodeServerMessage(text.toUtf8());
            if (decoded.ok())
                messages.append(*decoded.message);
            else
                undecodable.append(text);
        });
        socket.open(request);
    }

    // Waits until a message satisfying `predicate` arrived; returns it.
    std::optional<remote::Message> waitFor(const std::function<bool(const remote::Message &)> &predicate,
                                           int timeoutMs = 20'000)
    {
        QElapsedTimer clock;
        clock.start();
        qsizetype checked = 0;
        while (clock.elapsed() < timeoutMs) {
            for (; checked < messages.size(); ++checked) {
                if (predicate(messages.at(checked)))
                    return messages.at(checked);
            }
            QTest::qWait(5);
        }
        return std::nullopt;
    }

    std::optional<remote::Message> waitForType(remote::MessageType type, int timeoutMs = 20'000)
    {
        return waitFor([type](const remote::Message &m) { return m.type == type; }, timeoutMs);
    }

    void send(const QByteArray &frame) { socket.sendTextMessage(QString::fromUtf8(frame)); }

    QString submit(const QString &code, const QString &stdinText = QString(), bool keepOpen = false,
                   bool reportInputTaken = false)
    {
        remote::Submission submission;
        submission.code = code;
        submission.language = QStringLiteral("python");
        submission.stdinData = stdinText.toUtf8();
        submission.keepStdinOpen = keepOpen;
        submission.reportInputTaken = reportInputTaken;
        const QString ref = QStringLiteral("r%1").arg(++m_refs);
        submission.ref = ref;
        send(remote::encodeSubmit(submission));
        const auto accepted = waitFor([ref](const remote::Message &m) {
            return (m.type == remote::MessageType::JobAccepted || m.type == remote::MessageType::ErrorMessage) && m.ref == ref;
        });
        return accepted && accepted->type == remote::MessageType::JobAccepted ? accepted->jobId : QString();
    }

    // Sends `submission` as it is (its ref replaced) and returns the server's answer: job.accepted or error.
    std::optional<remote::Message> submitAs(remote::Submission submission)
    {
        const QString ref = QStringLiteral("r%1").arg(++m_refs);
        submission.ref = ref;
        send(remote::encodeSubmit(submission));
        return waitFor([ref](const remote::Message &m) {
            return (m.type == remote::MessageType::JobAccepted || m.type == remote::MessageType::ErrorMessage) && m.ref == ref;
        });
    }

    QWebSocket socket;
    QList<remote::Message> messages;
    QStringList undecodable;

private:
    int m_refs = 0;
};
