#include "ComplexityFit.h"

#include <cmath>
#include <functional>
#include <limits>

namespace analysis {

namespace {

struct Growth
{
    const char *complexity;
    std::function<double(double)> f;
};

const QList<Growth> &growths()
{
    // Ordered from the slowest growing: best() prefers the earliest among near-equal fits.
    static const QList<Growth> list{
        {"O(1)",
         [](double) {
             return 0.0;
         }},
        {"O(log n)",
         [](double n) {
             return std::log2(std::max(n, 2.0));
         }},
        {"O(sqrt n)",
         [](double n) {
             return std::sqrt(n);
         }},
        {"O(n)",
         [](double n) {
             return n;
         }},
        {"O(n log n)",
         [](double n) {
             return n * std::log2(std::max(n, 2.0));
         }},
        {"O(n^2)",
         [](double n) {
             return n * n;
         }},
        {"O(n^3)",
         [](double n) {
             return n * n * n;
         }},
        {"O(2^n)",
         [](double n) {
             return n > 1000 ? std::numeric_limits<double>::infinity() : std::exp2(n);
         }},
    };
    return list;
}

// Weighted least squares of t = a + b*f with weights 1/t^2, a and b kept non-negative.
FitCandidate fit(const QList<MeasuredPoint> &points, const Growth &growth)
{
    FitCandidate c;
    c.complexity = QString::fromLatin1(growth.complexity);
    double sw = 0, swf = 0, swff = 0, swt = 0, swft = 0;
    QList<double> fs;
    for (const MeasuredPoint &p : points) {
        const double f = growth.f(double(p.n));
        if (!std::isfinite(f)) {
            c.error = std::numeric_limits<double>::infinity();
            return c;
        }
        fs.append(f);
        const double w = 1.0 / (p.seconds * p.seconds);
        sw += w;
        swf += w * f;
        swff += w * f * f;
        swt += w * p.seconds;
        swft += w * f * p.seconds;
    }
    double a = 0, b = 0;
    const double det = sw * swff - swf * swf;
    if (growth.f(4) == 0.0 || std::abs(det) <= 1e-300 * std::max(1.0, sw * swff)) {
        a = swt / sw; // the constant model, or a growth that cannot be told from one
    } else {
        a = (swt * swff - swf * swft) / det;
        b = (sw * swft - swf * swt) / det;
        if (a < 0) {
            a = 0;
            b = swft / swff;
        }
        if (b < 0) {
            b = 0;
            a = swt / sw;
        }
    }
    double sum = 0;
    for (int i = 0; i < points.size(); ++i) {
        const double r = (points[i].seconds - (a + b * fs[i])) / points[i].seconds;
        sum += r * r;
    }
    c.intercept = a;
    c.coefficient = b;
    c.error = std::sqrt(sum / points.size());
    return c;
}

} // namespace

QList<FitCandidate> ComplexityFit::fitAll(const QList<MeasuredPoint> &points)
{
    QList<FitCandidate> out;
    QList<MeasuredPoint> usable;
    for (const MeasuredPoint &p : points) {
        if (p.seconds > 0 && p.n > 0)
            usable.append(p);
    }
    if (usable.size() < 2)
        return out;
    for (const Growth &g : growths()) {
        if (QByteArray(g.complexity) != "O(2^n)") {
            out.append(fit(usable, g));
            continue;
        }
        // Exponential algorithms grow as c^n for some c (1.618^n for naive Fibonacci); fitting 2^n
        // exactly would lose to a polynomial. Estimate c from the upper half of the points.
        const int from = int(usable.size()) / 2;
        const double dn = double(usable.last().n - usable[from].n);
        const double ratio = usable.last().seconds / usable[from].seconds;
        const double base = dn > 0 && ratio > 1 ? std::pow(ratio, 1.0 / dn) : 1.0;
        if (base < 1.05 || usable.last().n > 2000) {
            FitCandidate none;
            none.complexity = QString::fromLatin1(g.complexity);
            none.error = std::numeric_limits<double>::infinity();
            out.append(none);
            continue;
        }
        out.append(fit(usable, {g.complexity, [base](double n) {
                                    return std::pow(base, n);
                                }}));
    }
    return out;
}

namespace {

// Timings on a busy machine scatter by 10-20 %; a faster-growing class must win by a clear margin.
double choiceTolerance(double lowest)
{
    return lowest * 1.25 + 0.02;
}

// A slower-growing class whose error is within this of the lowest is not told apart from the chosen
// one. Wider than the choice's tolerance because what bends a series does so one way: a collection, a
// cache the larger sizes outgrow, a tier change or a neighbour's burst makes sizes slower, so a class
// that won by growing faster (the n log n a burst at the large sizes makes of a linear loop) is doubted
// until a slower one is clearly worse. A faster-growing rival is close only within the choice's own
// tolerance: the choice already prefers the slower class, and the same bends would flatter the rival.
double slowerRivalCloseness(double lowest)
{
    return lowest * 1.6 + 0.03;
}

} // namespace

FitCandidate ComplexityFit::best(const QList<MeasuredPoint> &points)
{
    return decide(points).chosen;
}

FitDecision ComplexityFit::decide(const QList<MeasuredPoint> &points)
{
    FitDecision decision;
    const QList<FitCandidate> all = fitAll(points);
    if (all.isEmpty() || points.size() < 4)
        return decision;
    double lowest = std::numeric_limits<double>::infinity();
    for (const FitCandidate &c : all)
        lowest = std::min(lowest, c.error);
    int chosen = 0;
    while (chosen + 1 < all.size() && all[chosen].error > choiceTolerance(lowest))
        ++chosen;
    decision.chosen = all[chosen];
    // The best-fitting class on each side of the chosen one (fitAll() lists them from the slowest
    // growing); the slower one is the rival when it is close, since it is also the answer then.
    int slower = -1;
    int faster = -1;
    for (int i = 0; i < all.size(); ++i) {
        if (i == chosen || !std::isfinite(all[i].error))
            continue;
        int &side = i < chosen ? slower : faster;
        if (side < 0 || all[i].error < all[side].error)
            side = i;
    }
    const bool slowerClose = slower >= 0 && all[slower].error <= slowerRivalCloseness(lowest);
    const bool fasterClose = faster >= 0 && all[faster].error <= choiceTolerance(lowest);
    int rival = slowerClose ? slower : fasterClose ? faster : -1;
    if (rival < 0) // nothing close: the nearest other class, for the record
        rival = slower < 0 || (faster >= 0 && all[faster].error < all[slower].error) ? faster : slower;
    if (rival >= 0) {
        decision.rival = all[rival];
        decision.rivalGrowsSlower = rival < chosen;
    }
    decision.ambiguous = slowerClose || fasterClose;
    return decision;
}

} // namespace analysis
