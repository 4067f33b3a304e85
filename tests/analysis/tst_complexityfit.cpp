#include <analysis/ComplexityFit.h>

#include <QRandomGenerator>
#include <QTest>

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
    }

    void needsFourPoints()
    {
        QVERIFY(ComplexityFit::best({{1, 1.0}, {2, 2.0}, {4, 4.0}}).complexity.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComplexityFit)
#include "tst_complexityfit.moc"
