#include <analysis/AnalysisResult.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace analysis;

class TestAnalysisResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEveryFieldThroughJson()
    {
        AnalysisResult r;
        r.provider = QStringLiteral("empirical");
        r.time = QStringLiteral("O(n log n)");
        r.space = QStringLiteral("O(n)");
        r.confidence = 0.75;
        r.explanation = QStringLiteral("sorted() at line 3");
        r.fallbackReason = QStringLiteral("Gemini failed");
        r.functions.append({QStringLiteral("solve"), 2, 9, QStringLiteral("O(n^2)"), QStringLiteral("O(1)"),
                            QStringLiteral("nested loops"), {QStringLiteral("items"), QStringLiteral("limit")}, true,
                            QString()});
        r.functions.append({QStringLiteral("Box"), 10, 12, QStringLiteral("O(1)"), QStringLiteral("O(1)"),
                            QString(), {QStringLiteral("size")}, false, QStringLiteral("a constructor")});
        r.risks.append({QStringLiteral("eval_exec"), RiskLevel::High, 4, QStringLiteral("eval()")});
        r.risks.append({QStringLiteral("blocking_input"), RiskLevel::Low, 1, QStringLiteral("input()")});
        r.hotLoops.append({5, 8, QStringLiteral("O(n^2)"), 2});
        r.measurements = {{64, 1e-6}, {128, 2.1e-6}};
        r.fitted = QStringLiteral("O(n)");
        r.measuredFunction = QStringLiteral("f");

        const QByteArray text = QJsonDocument(r.toJson()).toJson();
        const AnalysisResult back = AnalysisResult::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(back, r);
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QStringLiteral("time_class")).toString(), QStringLiteral("nlogn"));
        QCOMPARE(o.value(QStringLiteral("risks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toString(),
                 QStringLiteral("high"));
        QCOMPARE(o.value(QStringLiteral("functions")).toArray().first().toObject().value(QStringLiteral("parameters")),
                 QJsonValue(QJsonArray{QStringLiteral("items"), QStringLiteral("limit")}));
        QCOMPARE(o.value(QStringLiteral("functions")).toArray().at(1).toObject().value(QStringLiteral("measure_note")),
                 QJsonValue(QStringLiteral("a constructor")));
    }

    // Issue 15: an analyzer that does not say (an older one, Gemini) leaves every function measurable.
    void readsAFunctionWithoutTheMeasurableKeyAsMeasurable()
    {
        const FunctionComplexity f = FunctionComplexity::fromJson(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("f")}, {QStringLiteral("start_line"), 1}});
        QVERIFY(f.measurable);
        QVERIFY(f.measureNote.isEmpty());
        const FunctionComplexity nested = FunctionComplexity::fromJson(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("inner")}, {QStringLiteral("measurable"), false},
                        {QStringLiteral("measure_note"), QStringLiteral("nested in another function")}});
        QVERIFY(!nested.measurable);
        QCOMPARE(nested.measureNote, QStringLiteral("nested in another function"));
        QVERIFY(!f.toJson().contains(QStringLiteral("measure_note")));
        QCOMPARE(f.toJson().value(QStringLiteral("measurable")), QJsonValue(true));
    }

    void writesErrorsAsStatusError()
    {
        const AnalysisResult r =
            AnalysisResult::failure(QStringLiteral("gemini"), QStringLiteral("no network"));
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("no network"));
        QVERIFY(!AnalysisResult::fromJson(o).ok());
        QVERIFY(!o.contains(QStringLiteral("measurements")));
    }

    void canonicalizesLooseForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("klass");
        QTest::newRow("N") << "O(N)"
                           << "O(n)"
                           << "linear";
        QTest::newRow("nlogn call") << "O(n*log(n))"
                                    << "O(n log n)"
                                    << "nlogn";
        QTest::newRow("square sign") << "O(n²)"
                                     << "O(n^2)"
                                     << "quadratic";
        QTest::newRow("power") << "O(n**3)"
                               << "O(n^3)"
                               << "cubic";
        QTest::newRow("word") << "linear"
                              << "O(n)"
                              << "linear";
        QTest::newRow("log") << "O(log n)"
                             << "O(log n)"
                             << "logn";
        QTest::newRow("exp") << "O(2^n)"
                             << "O(2^n)"
                             << "exponential";
        QTest::newRow("sqrt") << "O(sqrt(n))"
                              << "O(sqrt n)"
                              << "sqrt";
        QTest::newRow("product") << "O(n*m)"
                                 << "O(n*m)"
                                 << "quadratic";
        QTest::newRow("factorial") << "O(n!)"
                                   << "O(n!)"
                                   << "factorial";
        QTest::newRow("class name") << "nlogn"
                                    << "O(n log n)"
                                    << "nlogn";
    }

    void canonicalizesLooseForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, klass);
        QCOMPARE(canonicalComplexity(text), canonical);
        QCOMPARE(complexityClass(canonical), klass);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisResult)
#include "tst_analysisresult.moc"
