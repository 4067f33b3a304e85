#pragma once

#include "AnalysisResult.h"

#include <QList>
#include <QString>

namespace analysis {

struct FitCandidate
{
    QString complexity;     // canonical, "O(n log n)"
    double intercept = 0;   // seconds of fixed overhead per call
    double coefficient = 0; // seconds per unit of the growth function
    double error = 0;       // root mean square of the relative residuals
};

// Fits measured (n, seconds) points to the usual complexity classes.
//
// Each candidate is the model t = a + b*f(n) with a, b >= 0, fitted by least squares on the RELATIVE
// residuals (t_i - model)/t_i. Fitting absolute residuals, as the big_O package does, lets the largest
// point decide everything and turns fixed per-call overhead into "constant" or "linear"; with relative
// residuals every size counts the same and the intercept absorbs the overhead. Among candidates whose
// error is close to the best, the slowest-growing one is chosen, so noise does not promote a loop to
// n log n.
// What the points say: the chosen class (best()'s), the other class that fits them most nearly, and
// whether the two are too close to tell apart: then more measurements of the same sizes are worth
// taking, and an answer without them must say it is uncertain.
struct FitDecision
{
    FitCandidate chosen;
    FitCandidate rival; // empty complexity when no other class fits at all
    bool ambiguous = false;
    bool rivalGrowsSlower = false;

    // The class to answer once no more measurements can be taken: of two classes the points cannot tell
    // apart, the slower-growing (a claim the points do not contradict), else the chosen one.
    const FitCandidate &answer() const { return ambiguous && rivalGrowsSlower ? rival : chosen; }
};

class ComplexityFit
{
public:
    static QList<FitCandidate> fitAll(const QList<MeasuredPoint> &points);
    // The chosen class; empty complexity when there are fewer than 4 points.
    static FitCandidate best(const QList<MeasuredPoint> &points);
    // best() and its nearest rival; empty chosen complexity when there are fewer than 4 points.
    static FitDecision decide(const QList<MeasuredPoint> &points);
};

} // namespace analysis
