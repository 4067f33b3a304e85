#pragma once

// A stand-in for Gemini's generateContent endpoint on a loopback port, served by the test's own event
// loop: the server under test reaches it through --gemini-url. It can answer at once or hold every
// request until release(), which keeps analyses running for as long as a test needs.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

class FakeGemini : public QObject
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };

    FakeGemini()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeGemini::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    // A successful answer whose analysis says `time`.
    static Reply answer(const QString &time)
    {
        const QJsonObject analysis{
            {"time", time}, {"space", "O(1)"}, {"explanation", "fake Gemini"}, {"confidence", 0.9}};
        const QJsonObject part{
            {"text", QString::fromUtf8(QJsonDocument(analysis).toJson(QJsonDocument::Compact))}};
        const QJsonObject candidate{{"content", QJsonObject{{"parts", QJsonArray{part}}}},
                                    {"finishReason", "STOP"}};
        return {
            200,
            QJsonDocument(QJsonObject{{"candidates", QJsonArray{candidate}}}).toJson(QJsonDocument::Compact)};
    }

    // An error Gemini does not retry, with `message` in its body.
    static Reply permissionDenied(const QString &message)
    {
        const QJsonObject error{{"code", 403}, {"message", message}, {"status", "PERMISSION_DENIED"}};
        return {403, QJsonDocument(QJsonObject{{"error", error}}).toJson(QJsonDocument::Compact)};
    }

    void setReply(const Reply &reply) { m_reply = reply; }
    // While holding, requests are kept unanswered until release().
    void setHolding(bool holding) { m_holding = holding; }
    void release()
    {
        m_holding = false;
        const auto held = std::exchange(m_held, {});
        for (const QPointer<QTcpSocket> &socket : held) {
            if (socket)
                respond(socket);
        }
    }

    int requestCount() const { return m_requests; }
    int heldCount() const { return int(m_held.size()); }
    // Every x-goog-api-key header received, in order.
    const QList<QByteArray> &keysSeen() const { return m_keys; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const qsizetype colon = trimmed.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = trimmed.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = trimmed.mid(colon + 1).trimmed().toLongLong();
            else if (name == "x-goog-api-key")
                m_keys.append(trimmed.mid(colon + 1).trimmed());
        }
        if (buffer.size() < end + 4 + length)
            return;
        m_buffers.remove(socket);
        ++m_requests;
        if (m_holding)
            m_held.append(socket);
        else
            respond(socket);
    }

    void respond(QTcpSocket *socket)
    {
        const QByteArray reason = m_reply.status == 200 ? "OK" : "Error";
        socket->write("HTTP/1.1 " + QByteArray::number(m_reply.status) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(m_reply.body.size()) + "\r\n\r\n" + m_reply.body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_held;
    QList<QByteArray> m_keys;
    Reply m_reply = answer(QStringLiteral("O(1)"));
    bool m_holding = false;
    int m_requests = 0;
};
