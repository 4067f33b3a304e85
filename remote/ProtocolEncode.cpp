#include "Protocol.h"
#include "ProtocolKeys.h"

// Encoding of the protocol's messages, both directions, as compact JSON frames with the version field.

#include <QJsonArray>
#include <QJsonDocument>

namespace remote {

using namespace detail;

namespace {

QByteArray encode(QJsonObject object)
{
    object.insert(kV, kProtocolVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray encodeSubmit(const Submission &submission)
{
    QJsonObject object{{kType, messageTypeName(MessageType::Submit)},
                       {QStringLiteral("code"), submission.code},
                       {QStringLiteral("language"), submission.language}};
    if (!submission.stdinData.isEmpty())
        object.insert(QStringLiteral("stdin"), QString::fromUtf8(submission.stdinData));
    if (submission.keepStdinOpen)
        object.insert(QStringLiteral("keep_stdin_open"), true);
    // Only when asked: a server older than the field refuses any field it does not know.
    if (!submission.standard.isEmpty())
        object.insert(QStringLiteral("std"), submission.standard);
    if (submission.reportInputTaken)
        object.insert(QStringLiteral("report_input_taken"), true);
    if (submission.reportPhases)
        object.insert(QStringLiteral("report_phases"), true);
    if (!submission.profile.isEmpty())
        object.insert(QStringLiteral("profile"), submission.profile);
    if (!submission.limits.isEmpty())
        object.insert(QStringLiteral("limits"), submission.limits.toJson());
    if (!submission.ref.isEmpty())
        object.insert(kRef, submission.ref);
    if (!submission.session.isEmpty())
        object.insert(QStringLiteral("session"), submission.session);
    if (!submission.breakpoints.isEmpty()) {
        QJsonArray breakpoints;
        for (const runner::Breakpoint &breakpoint : submission.breakpoints) {
            QJsonObject item{{QStringLiteral("line"), breakpoint.line}};
            if (!breakpoint.condition.isEmpty())
                item.insert(QStringLiteral("condition"), breakpoint.condition);
            breakpoints.append(item);
        }
        object.insert(QStringLiteral("breakpoints"), breakpoints);
    }
    // Only when off (the default is on): a server older than the field refuses any field it does not know.
    if (!submission.stopOnException)
        object.insert(QStringLiteral("stop_on_exception"), false);
    return encode(object);
}

QByteArray encodeStdin(const QString &jobId, const QByteArray &data)
{
    return encode({{kType, messageTypeName(MessageType::Stdin)}, {kJobId, jobId}, {kData, QString::fromUtf8(data)}});
}

QByteArray encodeStdinClose(const QString &jobId)
{
    return encode({{kType, messageTypeName(MessageType::StdinClose)}, {kJobId, jobId}});
}

QByteArray encodeCancel(const QString &jobId)
{
    return encode({{kType, messageTypeName(MessageType::Cancel)}, {kJobId, jobId}});
}

QByteArray encodeAttach(const QString &jobId, qint64 afterSeq)
{
    return encode({{kType, messageTypeName(MessageType::Attach)}, {kJobId, jobId}, {QStringLiteral("after_seq"), afterSeq}});
}

QByteArray encodeHello(const ServerHello &hello)
{
    QJsonObject object{{kType, messageTypeName(MessageType::Hello)}, {QStringLiteral("server"), hello.serverVersion}};
    if (hello.stdinWindow > 0)
        object.insert(QStringLiteral("stdin_window"), hello.stdinWindow);
    if (!hello.languages.isEmpty())
        object.insert(QStringLiteral("languages"), QJsonArray::fromStringList(hello.languages));
    if (!hello.profiles.isEmpty())
        object.insert(QStringLiteral("profiles"), QJsonArray::fromStringList(hello.profiles));
    if (!hello.sessions.isEmpty())
        object.insert(QStringLiteral("sessions"), QJsonArray::fromStringList(hello.sessions));
    return encode(object);
}

QByteArray encodeHello(const QString &serverVersion, qint64 stdinWindow)
{
    return encodeHello(ServerHello{serverVersion, stdinWindow, {}, {}, {}});
}

QByteArray encodeJobAccepted(const QString &jobId, const QString &ref)
{
    QJsonObject object{{kType, messageTypeName(MessageType::JobAccepted)}, {kJobId, jobId}};
    if (!ref.isEmpty())
        object.insert(kRef, ref);
    return encode(object);
}

QByteArray encodeJobStatus(const QString &jobId, JobState state)
{
    return encode({{kType, messageTypeName(MessageType::JobStatus)}, {kJobId, jobId}, {QStringLiteral("status"), jobStateName(state)}});
}

QByteArray encodeJobOutput(const QString &jobId, qint64 seq, Stream stream, const QByteArray &data)
{
    return encode({{kType, messageTypeName(MessageType::JobOutput)},
                   {kJobId, jobId},
                   {QStringLiteral("seq"), seq},
                   {QStringLiteral("stream"), stream == Stream::Stdout ? QStringLiteral("stdout") : QStringLiteral("stderr")},
                   {kData, QString::fromUtf8(data)}});
}

QByteArray encodeJobInputRequested(const QString &jobId)
{
    return encode({{kType, messageTypeName(MessageType::JobInputRequested)}, {kJobId, jobId}});
}

QByteArray encodeJobInputTaken(const QString &jobId, qint64 taken)
{
    return encode({{kType, messageTypeName(MessageType::JobInputTaken)},
                   {kJobId, jobId},
                   {QStringLiteral("taken"), taken}});
}

QByteArray encodeJobPhase(const QString &jobId, JobPhase phase)
{
    return encode({{kType, messageTypeName(MessageType::JobPhase)}, {kJobId, jobId}, {QStringLiteral("phase"), jobPhaseName(phase)}});
}

QByteArray encodeJobResult(const QString &jobId, const QJsonObject &result)
{
    return encode({{kType, messageTypeName(MessageType::JobResult)}, {kJobId, jobId}, {QStringLiteral("result"), result}});
}

QByteArray encodeError(const Error &error, const QString &jobId, const QString &ref)
{
    QJsonObject object{{kType, messageTypeName(MessageType::ErrorMessage)}, {QStringLiteral("error"), error.toJson()}};
    if (!jobId.isEmpty())
        object.insert(kJobId, jobId);
    if (!ref.isEmpty())
        object.insert(kRef, ref);
    return encode(object);
}

QByteArray restErrorBody(const Error &error)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error.toJson()}}).toJson(QJsonDocument::Compact);
}

} // namespace remote

