#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>

// A local HTTP/1.1 server that answers like the Gemini REST API: each request gets the next queued
// response (status, JSON body, extra headers). It records what it received so tests can check the
// wire format (path, headers, body).
class FakeGeminiServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
        int delayMs = 0;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 receivedAtMs = 0;
    };

    explicit FakeGeminiServer(QObject *parent = nullptr);
    void enqueue(const Response &response) { m_responses.append(response); }
    QList<Request> requests;
    QString baseUrl() const;

    // Bodies in the formats of gemini-api.md.
    static QByteArray success(const QByteArray &answerJson);
    static QByteArray error(int code, const QByteArray &status, const QByteArray &message,
                            const QByteArray &details = "[]");

private:
    void onConnection();

    QList<Response> m_responses;
};
