#include <remote/Protocol.h>
#include <remote/Utf8Chunker.h>
#include <runner/SandboxPolicy.h>

#include <QJsonDocument>
#include <QTest>

using namespace remote;

class ProtocolTest : public QObject
{
    Q_OBJECT

private:
    static ErrorCode clientError(const QByteArray &frame)
    {
        const Decoded decoded = decodeClientMessage(frame);
        return decoded.ok() ? ErrorCode::Internal : decoded.error.code;
    }

private Q_SLOTS:
    void roundTripsSubmit()
    {
        Submission submission;
        submission.code = QStringLiteral("print('héllo')");
        submission.language = QStringLiteral("python");
        submission.stdinData = "1 2\n";
        submission.keepStdinOpen = true;
        submission.profile = QStringLiteral("strict");
        submission.limits.wallMs = 5000;
        submission.limits.memoryBytes = 64LL * 1024 * 1024;
        submission.ref = QStringLiteral("r1");
        const Decoded decoded = decodeClientMessage(encodeSubmit(submission));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.message));
        const Submission &back = decoded.message->submission;
        QCOMPARE(back.code, submission.code);
        QCOMPARE(back.language, submission.language);
        QCOMPARE(back.stdinData, submission.stdinData);
        QVERIFY(back.keepStdinOpen);
        QCOMPARE(back.profile, submission.profile);
        QCOMPARE(back.limits.wallMs, std::optional<qint64>(5000));
        QCOMPARE(back.limits.memoryBytes, std::optional<qint64>(64LL * 1024 * 1024));
        QCOMPARE(decoded.message->ref, QStringLiteral("r1"));
    }

    void roundTripsClientControlMessages()
    {
        Decoded d = decodeClientMessage(encodeStdin(QStringLiteral("j1"), "abc\n"));
        QVERIFY(d.ok());
        QCOMPARE(d.message->type, MessageType::Stdin);
        QCOMPARE(d.message->data, QByteArray("abc\n"));
        d = decodeClientMessage(encodeStdinClose(QStringLiteral("j1")));
        QVERIFY(d.ok());
        QCOMPARE(d.message->type, MessageType::StdinClose);
        d = decodeClientMessage(encodeCancel(QStringLiteral("j1")));
        QVERIFY(d.ok());
        QCOMPARE(d.message->type, MessageType::Cancel);
        d = decodeClientMessage(encodeAttach(QStringLiteral("j1"), 7));
        QVERIFY(d.ok());
        QCOMPARE(d.message->afterSeq, 7);
    }

    void roundTripsServerMessages()
    {
        Decoded d = decodeServerMessage(encodeJobAccepted(QStringLiteral("j1"), QStringLiteral("r")));
        QVERIFY(d.ok());
        QCOMPARE(d.message->ref, QStringLiteral("r"));
        d = decodeServerMessage(encodeJobStatus(QStringLiteral("j1"), JobState::Running));
        QVERIFY(d.ok());
        QCOMPARE(d.message->state, JobState::Running);
        d = decodeServerMessage(encodeJobOutput(QStringLiteral("j1"), 3, Stream::Stderr, "oops\n"));
        QVERIFY(d.ok());
        QCOMPARE(d.message->seq, 3);
        QCOMPARE(d.message->stream, Stream::Stderr);
        QCOMPARE(d.message->data, QByteArray("oops\n"));
        d = decodeServerMessage(encodeJobResult(QStringLiteral("j1"), {{QStringLiteral("status"), QStringLiteral("ok")}}));
        QVERIFY(d.ok());
        QCOMPARE(d.message->result.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        d = decodeServerMessage(encodeError({ErrorCode::Busy, QStringLiteral("full"), 3}, QString(), QStringLiteral("r9")));
        QVERIFY(d.ok());
        QCOMPARE(d.message->error.code, ErrorCode::Busy);
        QCOMPARE(d.message->error.retryAfterSeconds, 3);
        QCOMPARE(d.message->ref, QStringLiteral("r9"));
        d = decodeServerMessage(encodeHello(QStringLiteral("x 1")));
        QVERIFY(d.ok());
        QCOMPARE(d.message->type, MessageType::Hello);
    }

    // Flow control of standard input (issue 17, item 3): the server announces its window in `hello` and
    // reports what the program took; both survive a round trip, and a client knows them by name only.
    void roundTripsStdinFlowControl()
    {
        const QByteArray taken = encodeJobInputTaken(QStringLiteral("j1"), 5 * kStdinWindowBytes + 7);
        QVERIFY2(taken.contains(R"("type":"job.input_taken")"), taken.constData());
        QVERIFY2(taken.contains(R"("taken":5242887)"), taken.constData());
        Decoded d = decodeServerMessage(taken);
        QVERIFY(d.ok());
        QCOMPARE(d.message->type, MessageType::JobInputTaken);
        QCOMPARE(d.message->jobId, QStringLiteral("j1"));
        QCOMPARE(d.message->inputTaken, 5 * kStdinWindowBytes + 7);
        QCOMPARE(messageTypeName(MessageType::JobInputTaken), QStringLiteral("job.input_taken"));

        // A server of before the window announces none: the client then sends as input comes.
        d = decodeServerMessage(R"({"v":1,"type":"hello","server":"old"})");
        QVERIFY(d.ok());
        QCOMPARE(d.message->stdinWindow, 0);
        d = decodeServerMessage(encodeHello(QStringLiteral("x 1")));
        QVERIFY(d.ok());
        QCOMPARE(d.message->stdinWindow, 0);
        d = decodeServerMessage(encodeHello(QStringLiteral("x 1"), kStdinWindowBytes));
        QVERIFY(d.ok());
        QCOMPARE(d.message->stdinWindow, kStdinWindowBytes);

        // Malformed counts are refused; a client cannot send the server's message.
        for (const QByteArray &bad : {QByteArray(R"({"v":1,"type":"job.input_taken","job_id":"a"})"),
                                      QByteArray(R"({"v":1,"type":"job.input_taken","job_id":"a","taken":-1})"),
                                      QByteArray(R"({"v":1,"type":"job.input_taken","job_id":"a","taken":1.5})"),
                                      QByteArray(R"({"v":1,"type":"job.input_taken","job_id":"a","taken":"9"})"),
                                      QByteArray(R"({"v":1,"type":"job.input_taken","taken":9})"),
                                      QByteArray(R"({"v":1,"type":"hello","stdin_window":0})")}) {
            d = decodeServerMessage(bad);
            QVERIFY2(!d.ok(), bad.constData());
            QCOMPARE(d.error.code, ErrorCode::BadMessage);
        }
        QCOMPARE(clientError(taken), ErrorCode::UnknownType);

        // Only a client that asks gets the reports: the request is part of `submit`.
        Submission submission;
        submission.code = QStringLiteral("print(input())");
        submission.language = QStringLiteral("python");
        submission.reportInputTaken = true;
        d = decodeClientMessage(encodeSubmit(submission));
        QVERIFY(d.ok());
        QVERIFY(d.message->submission.reportInputTaken);
        submission.reportInputTaken = false;
        QVERIFY(!encodeSubmit(submission).contains("report_input_taken"));
        QCOMPARE(clientError(R"({"v":1,"type":"submit","code":"x","language":"python","report_input_taken":1})"),
                 ErrorCode::BadMessage);
    }

    // Issue 18 / issue 12: the server says in `hello` which languages it runs and which profiles a client
    // may ask for; an older hello without them decodes to empty lists (the client assumes nothing).
    void helloAdvertisesLanguagesAndProfiles()
    {
        const QByteArray hello = encodeHello(ServerHello{QStringLiteral("code-remote-server 1"), kStdinWindowBytes,
                                                         {QStringLiteral("python"), QStringLiteral("cpp")},
                                                         {QStringLiteral("strict"), QStringLiteral("standard")},
                                                         {}});
        QVERIFY2(hello.contains(R"("languages":["python","cpp"])"), hello.constData());
        QVERIFY2(hello.contains(R"("profiles":["strict","standard"])"), hello.constData());
        Decoded d = decodeServerMessage(hello);
        QVERIFY(d.ok());
        QCOMPARE(d.message->languages, QStringList({QStringLiteral("python"), QStringLiteral("cpp")}));
        QCOMPARE(d.message->profiles, QStringList({QStringLiteral("strict"), QStringLiteral("standard")}));
        QCOMPARE(d.message->stdinWindow, kStdinWindowBytes);

        d = decodeServerMessage(R"({"v":1,"type":"hello","server":"old","stdin_window":5})");
        QVERIFY(d.ok());
        QVERIFY(d.message->languages.isEmpty());
        QVERIFY(d.message->profiles.isEmpty());
        QVERIFY(!encodeHello(QStringLiteral("x")).contains("languages"));

        for (const QByteArray &bad : {QByteArray(R"({"v":1,"type":"hello","languages":"python"})"),
                                      QByteArray(R"({"v":1,"type":"hello","languages":[1]})"),
                                      QByteArray(R"({"v":1,"type":"hello","profiles":[null]})"),
                                      QByteArray(R"({"v":1,"type":"hello","profiles":{}})")}) {
            d = decodeServerMessage(bad);
            QVERIFY2(!d.ok(), bad.constData());
            QCOMPARE(d.error.code, ErrorCode::BadMessage);
        }
    }

    // Issue 16: a submit may ask for a debug or shell session (with breakpoints for a debug one); the
    // server lists the kinds it runs in `hello`. REST bodies know neither field.
    void roundTripsSessions()
    {
        Submission submission;
        submission.code = QStringLiteral("x = 1\n");
        submission.language = QStringLiteral("python");
        submission.session = sessionName(runner::AgentMode::Debug);
        submission.breakpoints = {{3, QString()}, {7, QStringLiteral("i == 2")}};
        const QByteArray frame = encodeSubmit(submission);
        QVERIFY2(frame.contains(R"("session":"debug")"), frame.constData());
        Decoded d = decodeClientMessage(frame);
        QVERIFY2(d.ok(), qPrintable(d.error.message));
        QCOMPARE(d.message->submission.session, QStringLiteral("debug"));
        QCOMPARE(d.message->submission.breakpoints.size(), 2);
        QCOMPARE(d.message->submission.breakpoints.at(0).line, 3);
        QVERIFY(d.message->submission.breakpoints.at(0).condition.isEmpty());
        QCOMPARE(d.message->submission.breakpoints.at(1).line, 7);
        QCOMPARE(d.message->submission.breakpoints.at(1).condition, QStringLiteral("i == 2"));
        // Stop on uncaught exceptions: on unless the submit says false, which it says only then.
        QVERIFY(!frame.contains("stop_on_exception"));
        QVERIFY(d.message->submission.stopOnException);
        submission.stopOnException = false;
        const QByteArray noStop = encodeSubmit(submission);
        QVERIFY2(noStop.contains(R"("stop_on_exception":false)"), noStop.constData());
        d = decodeClientMessage(noStop);
        QVERIFY2(d.ok(), qPrintable(d.error.message));
        QVERIFY(!d.message->submission.stopOnException);
        submission.stopOnException = true;
        QCOMPARE(sessionFromName(QStringLiteral("shell")), std::optional<runner::AgentMode>(runner::AgentMode::Shell));
        QVERIFY(!sessionFromName(QStringLiteral("attach")));

        submission.session.clear();
        submission.breakpoints.clear();
        QVERIFY(!encodeSubmit(submission).contains("session"));

        for (const QByteArray &bad :
             {QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":"attach"})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":1})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","breakpoints":[{"line":1}]})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":"shell","breakpoints":[{"line":1}]})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":"debug","breakpoints":[{"line":0}]})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":"debug","breakpoints":[3]})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":"debug","breakpoints":[{"line":1,"at":2}]})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":"debug","breakpoints":[{"line":1,"condition":5}]})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":"debug","stop_on_exception":"no"})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","session":"shell","stop_on_exception":false})"),
              QByteArray(R"({"v":1,"type":"submit","code":"x","language":"python","stop_on_exception":false})")}) {
            d = decodeClientMessage(bad);
            QVERIFY2(!d.ok(), bad.constData());
            QCOMPARE(d.error.code, ErrorCode::BadMessage);
        }
        const QString longCondition(kMaxConditionChars + 1, QLatin1Char('x'));
        d = decodeClientMessage(QStringLiteral(R"({"v":1,"type":"submit","code":"x","language":"python","session":"debug","breakpoints":[{"line":1,"condition":"%1"}]})")
                                    .arg(longCondition).toUtf8());
        QVERIFY(!d.ok());
        d = decodeExecuteBody(R"({"code":"x","language":"python","session":"debug"})");
        QVERIFY(!d.ok());
        QCOMPARE(d.error.code, ErrorCode::BadMessage);

        const QByteArray hello = encodeHello(ServerHello{QStringLiteral("s"), 0, {}, {},
                                                         {QStringLiteral("debug"), QStringLiteral("shell")}});
        d = decodeServerMessage(hello);
        QVERIFY2(d.ok(), hello.constData());
        QCOMPARE(d.message->sessions, QStringList({QStringLiteral("debug"), QStringLiteral("shell")}));
        QVERIFY(!encodeHello(QStringLiteral("old")).contains("sessions"));
    }

    // Compiled languages: `job.phase` says when compiling and running begin, only to a client that asked
    // with `report_phases`; it survives a round trip and a client cannot send it.
    void roundTripsJobPhases()
    {
        for (JobPhase phase : {JobPhase::Compiling, JobPhase::Running}) {
            const QByteArray frame = encodeJobPhase(QStringLiteral("j7"), phase);
            QVERIFY2(frame.contains(R"("type":"job.phase")"), frame.constData());
            const Decoded d = decodeServerMessage(frame);
            QVERIFY(d.ok());
            QCOMPARE(d.message->type, MessageType::JobPhase);
            QCOMPARE(d.message->jobId, QStringLiteral("j7"));
            QCOMPARE(d.message->phase, phase);
            QCOMPARE(clientError(frame), ErrorCode::UnknownType);
        }
        QCOMPARE(jobPhaseName(JobPhase::Compiling), QStringLiteral("compiling"));
        QCOMPARE(jobPhaseFromName(QStringLiteral("running")), std::optional<JobPhase>(JobPhase::Running));
        QVERIFY(!jobPhaseFromName(QStringLiteral("linking")));
        for (const QByteArray &bad : {QByteArray(R"({"v":1,"type":"job.phase","job_id":"a","phase":"linking"})"),
                                      QByteArray(R"({"v":1,"type":"job.phase","job_id":"a"})"),
                                      QByteArray(R"({"v":1,"type":"job.phase","phase":"running"})")}) {
            const Decoded d = decodeServerMessage(bad);
            QVERIFY2(!d.ok(), bad.constData());
            QCOMPARE(d.error.code, ErrorCode::BadMessage);
        }

        Submission submission;
        submission.code = QStringLiteral("int main() {}");
        submission.language = QStringLiteral("cpp");
        QVERIFY(!encodeSubmit(submission).contains("report_phases"));
        submission.reportPhases = true;
        const Decoded d = decodeClientMessage(encodeSubmit(submission));
        QVERIFY(d.ok());
        QVERIFY(d.message->submission.reportPhases);
        QCOMPARE(clientError(R"({"v":1,"type":"submit","code":"x","language":"cpp","report_phases":"yes"})"),
                 ErrorCode::BadMessage);
        // REST has no phases to report: the field is not part of /execute.
        QCOMPARE(decodeExecuteBody(R"({"code":"x","language":"cpp","report_phases":true})").error.code,
                 ErrorCode::BadMessage);
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("code");
        const auto row = [](const char *name, const QByteArray &frame, ErrorCode code) {
            QTest::newRow(name) << frame << int(code);
        };
        row("empty", "", ErrorCode::BadJson);
        row("truncated", R"({"v":1,"type":"submit")", ErrorCode::BadJson);
        row("array", "[1,2]", ErrorCode::BadJson);
        row("no version", R"({"type":"cancel","job_id":"a"})", ErrorCode::UnsupportedVersion);
        row("future version", R"({"v":2,"type":"cancel","job_id":"a"})", ErrorCode::UnsupportedVersion);
        row("unknown type", R"({"v":1,"type":"launch_missiles"})", ErrorCode::UnknownType);
        row("server type from client", R"({"v":1,"type":"job.result","job_id":"a","result":{}})", ErrorCode::UnknownType);
        row("type not string", R"({"v":1,"type":5})", ErrorCode::BadMessage);
        row("missing code", R"({"v":1,"type":"submit","language":"python"})", ErrorCode::BadMessage);
        row("code not string", R"({"v":1,"type":"submit","code":1,"language":"python"})", ErrorCode::BadMessage);
        row("unexpected field", R"({"v":1,"type":"cancel","job_id":"a","force":true})", ErrorCode::BadMessage);
        row("empty job id", R"({"v":1,"type":"cancel","job_id":""})", ErrorCode::BadMessage);
        row("fractional seq", R"({"v":1,"type":"attach","job_id":"a","after_seq":1.5})", ErrorCode::BadMessage);
        row("negative limit", R"({"v":1,"type":"submit","code":"x","language":"python","limits":{"wall_ms":-1}})",
            ErrorCode::InvalidLimits);
        row("unknown limit", R"({"v":1,"type":"submit","code":"x","language":"python","limits":{"cores":4}})",
            ErrorCode::BadMessage);
        row("bad profile", R"({"v":1,"type":"submit","code":"x","language":"python","profile":"root"})",
            ErrorCode::InvalidLimits);
        row("invalid utf8", QByteArray("{\"v\":1,\"type\":\"submit\",\"code\":\"\xff\",\"language\":\"python\"}"),
            ErrorCode::InvalidUtf8);
        row("overlong utf8", QByteArray("{\"v\":1,\"type\":\"cancel\",\"job_id\":\"\xc0\xaf\"}"), ErrorCode::InvalidUtf8);
        row("deep nesting", QByteArray(5000, '['), ErrorCode::BadJson);
    }

    void rejectsMalformedInput()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, code);
        QCOMPARE(int(clientError(frame)), code);
    }

    void rejectsCodeOver10KiB()
    {
        Submission submission;
        submission.language = QStringLiteral("python");
        submission.code = QString(int(kMaxCodeBytes), QLatin1Char('x'));
        QVERIFY(decodeClientMessage(encodeSubmit(submission)).ok());
        submission.code += QLatin1Char('x');
        QCOMPARE(clientError(encodeSubmit(submission)), ErrorCode::CodeTooLarge);
        // Bytes count, not characters: 4000 three-byte characters are 12,000 bytes.
        submission.code = QString(4000, QChar(0x20AC));
        QCOMPARE(clientError(encodeSubmit(submission)), ErrorCode::CodeTooLarge);
    }

    void rejectsOversizedFrame()
    {
        const QByteArray frame = QByteArray("{\"v\":1,\"type\":\"stdin\",\"job_id\":\"a\",\"data\":\"")
                                 + QByteArray(kMaxClientMessageBytes, 'a') + QByteArray("\"}");
        QCOMPARE(clientError(frame), ErrorCode::MessageTooLarge);
    }

    void restBodiesShareTheRules()
    {
        QVERIFY(decodeExecuteBody(R"j({"code":"print(1)","language":"python","stdin":"x"})j").ok());
        QCOMPARE(decodeExecuteBody(R"j({"code":"print(1)"})j").error.code, ErrorCode::BadMessage);
        QCOMPARE(decodeExecuteBody(R"({"code":"x","language":"python","ref":"no"})").error.code, ErrorCode::BadMessage);
        QVERIFY(decodeAnalyzeBody(R"({"code":"x","language":"python"})").ok());
        QCOMPARE(httpStatusFor(ErrorCode::CodeTooLarge), 413);
        QCOMPARE(httpStatusFor(ErrorCode::Unauthorized), 401);
        QCOMPARE(httpStatusFor(ErrorCode::Busy), 503);
        QCOMPARE(httpStatusFor(ErrorCode::RateLimited), 429);
    }

    void limitRequestNeverRaisesALimit()
    {
        runner::Limits maximum;
        maximum.wallMs = 10'000;
        maximum.memoryBytes = 128LL * 1024 * 1024;
        LimitRequest request;
        request.wallMs = 60'000;
        request.memoryBytes = 64LL * 1024 * 1024;
        const runner::Limits applied = request.applyTo(maximum);
        QCOMPARE(applied.wallMs, 10'000);
        QCOMPARE(applied.memoryBytes, 64LL * 1024 * 1024);
        QCOMPARE(applied.outputBytes, maximum.outputBytes);
    }

    void errorNamesRoundTrip()
    {
        for (int i = 0; i <= int(ErrorCode::Internal); ++i) {
            const auto code = ErrorCode(i);
            QCOMPARE(errorCodeFromName(errorCodeName(code)), std::optional<ErrorCode>(code));
        }
    }

    void utf8ChunkerKeepsCharactersWhole()
    {
        const QByteArray text = QStringLiteral("a€b😀c").toUtf8();
        for (int split = 0; split <= text.size(); ++split) {
            Utf8Chunker chunker;
            const QByteArray first = chunker.take(text.left(split));
            const QByteArray second = chunker.take(text.mid(split));
            QVERIFY(first.isValidUtf8());
            QVERIFY(second.isValidUtf8());
            QCOMPARE(first + second + chunker.flush(), text);
        }
    }

    // Every front end (protocol, runner, CLI) checks UTF-8 with Qt's QByteArray::isValidUtf8: this
    // pins down the strictness they rely on.
    void validatesUtf8Strictly()
    {
        QVERIFY(QStringLiteral("plain, €, 😀").toUtf8().isValidUtf8());
        QVERIFY(!QByteArray("\xed\xa0\x80").isValidUtf8()); // a UTF-16 surrogate
        QVERIFY(!QByteArray("\xf4\x90\x80\x80").isValidUtf8()); // past U+10FFFF
        QVERIFY(!QByteArray("\xe2\x82").isValidUtf8()); // truncated
        QVERIFY(!QByteArray("\xc0\xaf").isValidUtf8()); // overlong
        QCOMPARE(decodeClientMessage("{\"v\":1,\"type\":\"cancel\",\"job_id\":\"\xed\xa0\x80\"}").error.code,
                 ErrorCode::InvalidUtf8);
    }
};

QTEST_GUILESS_MAIN(ProtocolTest)
#include "tst_protocol.moc"
