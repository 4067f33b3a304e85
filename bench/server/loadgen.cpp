// Load generator for code-remote-server benchmarks (bench/server/run.sh drives it).
//
//   code-remote-loadgen http   URL TOKEN CLIENTS JOBS        POST /execute?wait=true hello-world; URL may be
//                                                          several, comma-separated (replicas): client i uses
//                                                          the i-th modulo their number. A 503 `busy` is
//                                                          counted (with or without Retry-After) and retried
//                                                          50 ms later: it is not a job.
//   code-remote-loadgen direct RUN_BINARY FILE CLIENTS JOBS  the same runs with code-remote-run --json
//   code-remote-loadgen ws     URL TOKEN CONNECTIONS JOBS    jobs over WebSocket; counts results per job
//   code-remote-loadgen idle   URL TOKEN CONNECTIONS PID     idle WebSockets; the server's RSS
//
// Each mode prints one JSON line of figures; run.sh turns them into ratios.

#include <remote/Protocol.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>

namespace {

const QString kHello = QStringLiteral("print('hello, world')\n");

void printFigures(const QJsonObject &figures)
{
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QJsonObject latencyFigures(QList<double> latencies, double seconds, int failures)
{
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies.isEmpty() ? 0.0 : latencies.at(std::min(latencies.size() - 1, qsizetype(q * latencies.size())));
    };
    return {{QStringLiteral("jobs"), latencies.size()},
            {QStringLiteral("failures"), failures},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("jobs_per_s"), latencies.size() / seconds},
            {QStringLiteral("p50_ms"), at(0.50)},
            {QStringLiteral("p99_ms"), at(0.99)}};
}

QUrl webSocketUrl(const QString &base)
{
    QUrl url(base + QStringLiteral("/ws"));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    return url;
}

// CLIENTS loops, each issuing the next request when its previous one finished.
int runHttp(const QString &bases, const QString &token, int clients, int jobs)
{
    QNetworkAccessManager network;
    QList<double> latencies;
    const QStringList urls = bases.split(QLatin1Char(','));
    int started = 0, failures = 0, done = 0, busy = 0, busyWithRetryAfter = 0, issued = 0;
    QElapsedTimer total;
    total.start();
    const QByteArray body = QJsonDocument(QJsonObject{{"code", kHello}, {"language", "python"}}).toJson(QJsonDocument::Compact);
    std::function<void()> next = [&] {
        if (started >= jobs)
            return;
        ++started;
        const QString base = urls.at(issued++ % urls.size());
        QNetworkRequest request(QUrl(base + QStringLiteral("/execute?wait=true")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &network, [&, reply, clock] {
            const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 503) {
                ++busy;
                if (!reply->rawHeader("Retry-After").isEmpty())
                    ++busyWithRetryAfter;
                reply->deleteLater();
                --started;
                QTimer::singleShot(50, &network, [&] { next(); });
                return;
            }
            if (reply->error() == QNetworkReply::NoError && result.value(QStringLiteral("status")) == QLatin1String("ok"))
                latencies.append(double(clock->nsecsElapsed()) / 1e6);
            else
                ++failures;
            reply->deleteLater();
            if (++done == jobs)
                QCoreApplication::quit();
            else
                next();
        });
    };
    for (int i = 0; i < clients; ++i)
        next();
    QCoreApplication::exec();
    QJsonObject figures = latencyFigures(latencies, double(total.nsecsElapsed()) / 1e9, failures);
    figures.insert(QStringLiteral("busy"), busy);
    figures.insert(QStringLiteral("busy_with_retry_after"), busyWithRetryAfter);
    printFigures(figures);
    return failures == 0 ? 0 : 1;
}

int runDirect(const QString &binary, const QString &file, int clients, int jobs)
{
    QList<double> latencies;
    int started = 0, failures = 0, done = 0;
    QElapsedTimer total;
    total.start();
    QObject context;
    std::function<void()> next = [&] {
        if (started >= jobs)
            return;
        ++started;
        auto *process = new QProcess(&context);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QObject::connect(process, &QProcess::finished, &context, [&, process, clock](int exitCode) {
            const QJsonObject result = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
            if (exitCode == 0 && result.value(QStringLiteral("status")) == QLatin1String("ok"))
                latencies.append(double(clock->nsecsElapsed()) / 1e6);
            else
                ++failures;
            process->deleteLater();
            if (++done == jobs)
                QCoreApplication::quit();
            else
                next();
        });
        process->start(binary, {QStringLiteral("--json"), file});
    };
    for (int i = 0; i < clients; ++i)
        next();
    QCoreApplication::exec();
    printFigures(latencyFigures(latencies, double(total.nsecsElapsed()) / 1e9, failures));
    return failures == 0 ? 0 : 1;
}

// JOBS submissions spread over CONNECTIONS sockets, at most 4 in flight per socket; every job id must
// get exactly one job.result.
int runWebSocket(const QString &base, const QString &token, int connections, int jobs)
{
    QHash<QString, int> results;
    int submitted = 0, accepted = 0, refused = 0, finished = 0, duplicates = 0;
    constexpr int kInFlight = 4;
    QElapsedTimer total;
    total.start();
    QList<QWebSocket *> sockets;
    auto submit = [&](QWebSocket *socket) {
        if (submitted >= jobs)
            return;
        remote::Submission submission;
        submission.code = kHello;
        submission.language = QStringLiteral("python");
        submission.ref = QString::number(submitted++);
        socket->sendTextMessage(QString::fromUtf8(remote::encodeSubmit(submission)));
    };
    for (int i = 0; i < connections; ++i) {
        auto *socket = new QWebSocket();
        sockets.append(socket);
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&, socket](const QString &text) {
            const remote::Decoded decoded = remote::decodeServerMessage(text.toUtf8());
            if (!decoded.ok())
                return;
            const remote::Message &m = *decoded.message;
            if (m.type == remote::MessageType::Hello) {
                for (int k = 0; k < kInFlight; ++k)
                    submit(socket);
            } else if (m.type == remote::MessageType::JobAccepted) {
                ++accepted;
            } else if (m.type == remote::MessageType::ErrorMessage && !m.ref.isEmpty()) {
                // Refused (busy): not accepted, so it owes no result; submit again after a pause.
                ++refused;
                --submitted;
                QTimer::singleShot(100, socket, [&, socket] { submit(socket); });
            } else if (m.type == remote::MessageType::JobResult) {
                if (++results[m.jobId] > 1)
                    ++duplicates;
                ++finished;
                if (finished == jobs)
                    QCoreApplication::quit();
                else
                    submit(socket);
            }
        });
        QNetworkRequest request(webSocketUrl(base));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        socket->open(request);
    }
    QTimer::singleShot(600'000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    int missing = 0;
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        missing += it.value() == 0 ? 1 : 0;
    printFigures({{QStringLiteral("submitted"), jobs},
                  {QStringLiteral("accepted"), accepted},
                  {QStringLiteral("distinct_results"), results.size()},
                  {QStringLiteral("duplicates"), duplicates},
                  {QStringLiteral("lost"), accepted - int(results.size())},
                  {QStringLiteral("refused_and_resubmitted"), refused},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("jobs_per_s"), finished / seconds}});
    qDeleteAll(sockets);
    return accepted == jobs && int(results.size()) == jobs && duplicates == 0 ? 0 : 1;
}

qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

int runIdle(const QString &base, const QString &token, int connections, qint64 pid)
{
    const qint64 before = residentKb(pid);
    int open = 0;
    QList<QWebSocket *> sockets;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < connections; ++i) {
        auto *socket = new QWebSocket();
        sockets.append(socket);
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&](const QString &) {
            if (++open == connections)
                QTimer::singleShot(1000, qApp, &QCoreApplication::quit); // let the server settle
        });
        QNetworkRequest request(webSocketUrl(base));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        socket->open(request);
    }
    QTimer::singleShot(120'000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    const qint64 after = residentKb(pid);
    printFigures({{QStringLiteral("connections"), open},
                  {QStringLiteral("rss_before_kb"), before},
                  {QStringLiteral("rss_after_kb"), after},
                  {QStringLiteral("seconds_to_open"), double(clock.elapsed()) / 1000.0}});
    qDeleteAll(sockets);
    return open == connections ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: code-remote-loadgen http|direct|ws|idle ... (see the source's header)\n");
        return 2;
    }
    const QString mode = args.at(1);
    if (mode == QLatin1String("http"))
        return runHttp(args.at(2), args.at(3), args.at(4).toInt(), args.at(5).toInt());
    if (mode == QLatin1String("direct"))
        return runDirect(args.at(2), args.at(3), args.at(4).toInt(), args.at(5).toInt());
    if (mode == QLatin1String("ws"))
        return runWebSocket(args.at(2), args.at(3), args.at(4).toInt(), args.at(5).toInt());
    if (mode == QLatin1String("idle"))
        return runIdle(args.at(2), args.at(3), args.at(4).toInt(), args.at(5).toLongLong());
    std::fprintf(stderr, "unknown mode %s\n", qPrintable(mode));
    return 2;
}
