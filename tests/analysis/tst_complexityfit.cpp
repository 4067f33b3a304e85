#include <analysis/ComplexityFit.h>

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace analysis;

namespace {

// Points at doubling sizes with a fixed per-call overhead and a few per cent of multiplicative noise,
// like real timings.
QList<MeasuredPoint> synthetic(const std::function<double(double)> &cost, double overhead, int count = 14,
                               double noise = 0.04, qint64 first = 64)
{
    QRandomGenerator rng(42);
    QList<MeasuredPoint> points;
    qint64 n = first;
    for (int i = 0; i < count; ++i, n *= 2) {
        const double jitter = 1.0 + noise * (rng.generateDouble() * 2 - 1);
        points.append({n, (overhead + cost(double(n))) * jitter});
    }
    return points;
}

// A linear loop (10 ns per item, 2 us per call) whose `slowCount` largest sizes of 13 were measured
// `factor` times slower: a burst of a neighbour's load, a collection or a change of tier during them.
QList<MeasuredPoint> linearBentAtTheEnd(double factor, int slowCount)
{
    QList<MeasuredPoint> points;
    for (int i = 0; i < 13; ++i) {
        const qint64 n = qint64(64) << i;
        points.append({n, (2e-6 + 1e-8 * double(n)) * (i >= 13 - slowCount ? factor : 1.0)});
    }
    return points;
}

} // namespace

class TestComplexityFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainLoopIsLinearDespiteOverhead()
    {
        // big_O calls this constant: the overhead dominates the small sizes in absolute terms.
        const auto points = synthetic([](double n) { return 3e-8 * n; }, 2e-6);
        QCOMPARE(ComplexityFit::best(points).complexity, QStringLiteral("O(n)"));
    }

    void sortedIsNLogN()
    {
        const auto points = synthetic([](double n) { return 2e-8 * n * std::log2(n); }, 1e-6);
        QCOMPARE(ComplexityFit::best(points).complexity, QStringLiteral("O(n log n)"));
    }

    void fixedLoopIsConstant()
    {
        const auto points = synthetic([](double) { return 0.0; }, 5e-5);
        QCOMPARE(ComplexityFit::best(points).complexity, QStringLiteral("O(1)"));
    }

    void nestedLoopIsQuadratic()
    {
        const auto points = synthetic([](double n) { return 1e-8 * n * n; }, 1e-6, 9);
        QCOMPARE(ComplexityFit::best(points).complexity, QStringLiteral("O(n^2)"));
    }

    void binarySearchIsLogarithmic()
    {
        const auto points = synthetic([](double n) { return 1e-7 * std::log2(n); }, 2e-7);
        QCOMPARE(ComplexityFit::best(points).complexity, QStringLiteral("O(log n)"));
    }

    void naiveFibonacciIsExponential()
    {
        QList<MeasuredPoint> points;
        for (int n = 4; n <= 26; n += 3)
            points.append({n, 1e-7 * std::pow(1.618, n) + 3e-7});
        QCOMPARE(ComplexityFit::best(points).complexity, QStringLiteral("O(2^n)"));
        const FitDecision d = ComplexityFit::decide(points);
        QVERIFY2(!d.ambiguous, qPrintable(d.rival.complexity));
        QCOMPARE(d.answer().complexity, QStringLiteral("O(2^n)"));
    }

    // Clean timings decide: the rival class fits far worse, so nothing is worth measuring again.
    void decidesClearFits_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("expected");
        QTest::newRow("linear") << 0 << QStringLiteral("O(n)");
        QTest::newRow("n log n") << 1 << QStringLiteral("O(n log n)");
        QTest::newRow("quadratic") << 2 << QStringLiteral("O(n^2)");
        QTest::newRow("logarithmic") << 3 << QStringLiteral("O(log n)");
    }

    void decidesClearFits()
    {
        QFETCH(int, shape);
        QFETCH(QString, expected);
        const QList<MeasuredPoint> points =
            shape == 0   ? synthetic([](double n) { return 3e-8 * n; }, 2e-6)
            : shape == 1 ? synthetic([](double n) { return 2e-8 * n * std::log2(n); }, 1e-6)
            : shape == 2 ? synthetic([](double n) { return 1e-8 * n * n; }, 1e-6, 9)
                         : synthetic([](double n) { return 1e-7 * std::log2(n); }, 2e-7);
        const FitDecision d = ComplexityFit::decide(points);
        QCOMPARE(d.chosen.complexity, expected);
        QCOMPARE(d.answer().complexity, expected);
        QVERIFY2(!d.ambiguous, qPrintable(QStringLiteral("rival %1 at %2 against %3")
                                              .arg(d.rival.complexity)
                                              .arg(d.rival.error)
                                              .arg(d.chosen.error)));
        QVERIFY(!d.rival.complexity.isEmpty());
        QVERIFY(d.rival.error > d.chosen.error * 2);
    }

    // Measure's misfit: the last four sizes 45 % slower make n log n the best fit of a linear loop.
    // The choice alone says n log n; the decision says the points cannot tell it from linear, and the
    // answer, when no more points can be had, is the slower-growing linear.
    void doubtsALinearLoopBentAtItsLargeSizes()
    {
        const QList<MeasuredPoint> points = linearBentAtTheEnd(1.45, 4);
        QCOMPARE(ComplexityFit::best(points).complexity, QStringLiteral("O(n log n)"));
        const FitDecision d = ComplexityFit::decide(points);
        QCOMPARE(d.chosen.complexity, QStringLiteral("O(n log n)"));
        QCOMPARE(d.rival.complexity, QStringLiteral("O(n)"));
        QVERIFY(d.ambiguous);
        QVERIFY(d.rivalGrowsSlower);
        QCOMPARE(d.answer().complexity, QStringLiteral("O(n)"));
    }

    // A milder bend still chooses linear, but n log n is close enough that more points are worth having.
    void doubtsAChoiceWhoseRivalIsClose()
    {
        const FitDecision d = ComplexityFit::decide(linearBentAtTheEnd(1.2, 3));
        QCOMPARE(d.chosen.complexity, QStringLiteral("O(n)"));
        QCOMPARE(d.rival.complexity, QStringLiteral("O(n log n)"));
        QVERIFY(d.ambiguous);
        QVERIFY(!d.rivalGrowsSlower);
        QCOMPARE(d.answer().complexity, QStringLiteral("O(n)"));
    }

    // A linear string loop whose time per item rises by a quarter as its strings outgrow the caches
    // (Python's count of vowels, measured): n log n fits clearly worse, and is not a doubt.
    void aFasterRivalIsCloseOnlyWithinTheChoicesTolerance()
    {
        QList<MeasuredPoint> points;
        for (int i = 0; i < 13; ++i) {
            const qint64 n = qint64(64) << i;
            const double perItem = 17.5e-9 * (1.0 + 0.25 * std::clamp((i - 5) / 7.0, 0.0, 1.0));
            points.append({n, 1e-6 + perItem * double(n)});
        }
        const FitDecision d = ComplexityFit::decide(points);
        QCOMPARE(d.chosen.complexity, QStringLiteral("O(n)"));
        QCOMPARE(d.rival.complexity, QStringLiteral("O(n log n)"));
        QVERIFY2(!d.ambiguous, qPrintable(QStringLiteral("%1 against %2").arg(d.rival.error).arg(d.chosen.error)));
    }

    void needsFourPoints()
    {
        QVERIFY(ComplexityFit::best({{1, 1.0}, {2, 2.0}, {4, 4.0}}).complexity.isEmpty());
        const FitDecision d = ComplexityFit::decide({{1, 1.0}, {2, 2.0}, {4, 4.0}});
        QVERIFY(d.chosen.complexity.isEmpty());
        QVERIFY(!d.ambiguous);
    }
};

QTEST_GUILESS_MAIN(TestComplexityFit)
#include "tst_complexityfit.moc"
