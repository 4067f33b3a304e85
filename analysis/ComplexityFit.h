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
class ComplexityFit
{
public:
    static QList<FitCandidate> fitAll(const QList<MeasuredPoint> &points);
    // The chosen class; empty complexity when there are fewer than 4 points.
    static FitCandidate best(const QList<MeasuredPoint> &points);
};

} // namespace analysis
