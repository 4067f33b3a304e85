#include "FakeGeminiServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

FakeGeminiServer::FakeGeminiServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &FakeGeminiServer::onConnection);
    listen(QHostAddress::LocalHost, 0);
}

QString FakeGeminiServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

QByteArray FakeGeminiServer::success(const QByteArray &answerJson)
{
    // The answer is JSON text inside candidates[0].content.parts[0].text, as the API sends it.
    const QJsonObject part{{QStringLiteral("text"), QString::fromUtf8(answerJson)}};
    const QJsonObject body{
        {QStringLiteral("candidates"),
         QJsonArray{QJsonObject{
             {QStringLiteral("content"), QJsonObject{{QStringLiteral("parts"), QJsonArray{part}},
                                                     {QStringLiteral("role"), QStringLiteral("model")}}},
             {QStringLiteral("finishReason"), QStringLiteral("STOP")},
             {QStringLiteral("index"), 0}}}},
        {QStringLiteral("usageMetadata"), QJsonObject{{QStringLiteral("promptTokenCount"), 102},
                                                      {QStringLiteral("candidatesTokenCount"), 160},
                                                      {QStringLiteral("totalTokenCount"), 540},
                                                      {QStringLiteral("thoughtsTokenCount"), 278}}},
        {QStringLiteral("modelVersion"), QStringLiteral("gemini-2.5-flash")},
        {QStringLiteral("responseId"), QStringLiteral("L7JLavbaFMP5xN8P2-fwwAE")}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray FakeGeminiServer::error(int code, const QByteArray &status, const QByteArray &message,
                                   const QByteArray &details)
{
    return "{\"error\": {\"code\": " + QByteArray::number(code) + ", \"message\": \"" + message +
           "\", \"status\": \"" + status + "\", \"details\": " + details + "}}";
}

void FakeGeminiServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            // Requests can arrive back to back on one keep-alive connection.
            for (;;) {
                const int end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.first().trimmed().split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                for (int i = 1; i < lines.size(); ++i) {
                    const int colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                               lines[i].mid(colon + 1).trimmed());
                }
                const int length = request.headers.value("content-length", "0").toInt();
                if (buffer->size() < end + 4 + length)
                    return;
                request.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
                requests.append(request);

                const Response response =
                    m_responses.isEmpty() ? Response{500, error(500, "INTERNAL", "no response queued"), {}, 0}
                                          : m_responses.takeFirst();
                QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
                out += "Content-Type: application/json; charset=UTF-8\r\n";
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                for (auto it = response.headers.begin(); it != response.headers.end(); ++it)
                    out += it.key() + ": " + it.value() + "\r\n";
                out += "\r\n" + response.body;
                QPointer<QTcpSocket> target(socket);
                QTimer::singleShot(response.delayMs, this, [target, out] {
                    if (target)
                        target->write(out);
                });
            }
        });
    }
}
