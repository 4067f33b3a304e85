#include <analysis/Analyzer.h>
#include "FakeGeminiServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace analysis;

namespace {

const QString kKey = QStringLiteral("AIzaComposite-SECRET-0987654321");
const QString kCode =
    QStringLiteral("import os\nn = int(input())\nfor i in range(n):\n    os.system('ls')\n");

void useLocalPython(Analyzer &analyzer)
{
    analyzer.setExecutorFactory(
        [](QObject *parent) -> ScriptExecutor * { return new ProcessScriptExecutor(parent); });
}

AnalysisResult run(Analyzer &analyzer)
{
    QSignalSpy spy(&analyzer, &Analyzer::finished);
    analyzer.analyze(kCode);
    if (!spy.wait(15000))
        return AnalysisResult::failure(QString(), QStringLiteral("no answer"));
    return spy.first().first().value<AnalysisResult>();
}

GeminiSettings settingsFor(const FakeGeminiServer &server)
{
    GeminiSettings s;
    s.apiKey = kKey;
    s.baseUrl = QUrl(server.baseUrl());
    s.backoffMs = 10;
    return s;
}

} // namespace

class TestAnalyzer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<analysis::AnalysisResult>(); }

    void usesStaticAnalysisWithoutAKey()
    {
        Analyzer analyzer;
        useLocalPython(analyzer);
        QCOMPARE(analyzer.provider(), QStringLiteral("static"));
        const AnalysisResult r = run(analyzer);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.provider, QStringLiteral("static"));
        QCOMPARE(r.time, QStringLiteral("O(n)"));
        QVERIFY(r.fallbackReason.isEmpty());
    }

    void usesGeminiWithAKeyAndKeepsTheLocalRiskScan()
    {
        FakeGeminiServer server;
        server.enqueue(
            {200,
             FakeGeminiServer::success("{\"time\":\"O(n)\",\"space\":\"O(1)\",\"explanation\":\"one loop\"}"),
             {},
             0});
        Analyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setGeminiSettings(settingsFor(server));
        QCOMPARE(analyzer.provider(), QStringLiteral("gemini"));
        const AnalysisResult r = run(analyzer);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.provider, QStringLiteral("gemini"));
        QCOMPARE(r.explanation, QStringLiteral("one loop"));
        bool system = false;
        for (const RiskyPattern &p : r.risks)
            system |= p.kind == QLatin1String("system_command");
        QVERIFY(system);
    }

    void fallsBackToStaticWhenGeminiFailsAndSaysWhy()
    {
        FakeGeminiServer server;
        const QByteArray details =
            "[{\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"API_KEY_INVALID\"}]";
        server.enqueue({400,
                        FakeGeminiServer::error(400, "INVALID_ARGUMENT",
                                                "API key not valid. Please pass a valid API key.", details),
                        {},
                        0});
        Analyzer analyzer;
        useLocalPython(analyzer);
        analyzer.setGeminiSettings(settingsFor(server));
        const AnalysisResult r = run(analyzer);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.provider, QStringLiteral("static"));
        QVERIFY(r.fallbackReason.contains(QLatin1String("key")));
        QVERIFY(!r.fallbackReason.contains(kKey));
    }

    void analyzesEmpiricallyOnRequest()
    {
        Analyzer analyzer;
        useLocalPython(analyzer);
        analyzer.empiricalAnalyzer()->setBudgetSeconds(1.0);
        QSignalSpy spy(&analyzer, &Analyzer::finished);
        analyzer.analyzeEmpirically(QStringLiteral("def f(a):\n    return sum(a)\n"));
        QVERIFY(spy.wait(15000));
        const AnalysisResult r = spy.first().first().value<AnalysisResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.provider, QStringLiteral("empirical"));
        QVERIFY(!r.measurements.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
