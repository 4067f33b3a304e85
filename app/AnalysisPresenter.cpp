#include "AnalysisPresenter.h"

#include <analysis/ComplexityFit.h>

#include <QLocale>

#include <cmath>

namespace app {

using analysis::AnalysisResult;
using analysis::HotLoop;
using analysis::RiskLevel;

namespace {

// Slowest growing first; the index orders hot loops by cost.
const QStringList &classOrder()
{
    static const QStringList order{
        QStringLiteral("constant"),   QStringLiteral("logn"),  QStringLiteral("sqrt"),
        QStringLiteral("linear"),     QStringLiteral("nlogn"), QStringLiteral("quadratic"),
        QStringLiteral("polynomial"), QStringLiteral("cubic"), QStringLiteral("exponential"),
        QStringLiteral("factorial"),
    };
    return order;
}

int classRank(const QString &complexity)
{
    return int(classOrder().indexOf(analysis::complexityClass(analysis::canonicalComplexity(complexity))));
}

ComplexityBadge badge(const QString &caption, const QString &accessibleCaption, const QString &complexity)
{
    ComplexityBadge b;
    b.caption = caption;
    b.text = complexity.isEmpty() ? QStringLiteral("–") : complexity;
    b.accessible = accessibleCaption.arg(b.text);
    b.severity = AnalysisPresenter::severity(analysis::complexityClass(complexity));
    return b;
}

// The growth functions ComplexityFit fits (same bases), so its coefficients draw the same curve.
double growth(const QString &complexity, double n, double exponentialBase)
{
    const double logn = std::log2(std::max(n, 2.0));
    if (complexity == QLatin1String("O(1)"))
        return 0;
    if (complexity == QLatin1String("O(log n)"))
        return logn;
    if (complexity == QLatin1String("O(sqrt n)"))
        return std::sqrt(n);
    if (complexity == QLatin1String("O(n)"))
        return n;
    if (complexity == QLatin1String("O(n log n)"))
        return n * logn;
    if (complexity == QLatin1String("O(n^2)"))
        return n * n;
    if (complexity == QLatin1String("O(n^3)"))
        return n * n * n;
    if (complexity == QLatin1String("O(2^n)"))
        return std::pow(exponentialBase, n);
    return std::nan("");
}

} // namespace

QString AnalysisPresenter::providerName(const QString &provider)
{
    if (provider == QLatin1String("gemini"))
        return tr("Gemini");
    if (provider == QLatin1String("static"))
        return tr("Static analysis");
    if (provider == QLatin1String("empirical"))
        return tr("Measured");
    if (provider == kUnsupportedLanguage)
        return tr("No analysis for this language");
    return provider;
}

ComplexitySeverity AnalysisPresenter::severity(const QString &complexityClass)
{
    static const QStringList good{QStringLiteral("constant"), QStringLiteral("logn"), QStringLiteral("sqrt"),
                                  QStringLiteral("linear")};
    if (good.contains(complexityClass))
        return ComplexitySeverity::Good;
    if (complexityClass == QLatin1String("nlogn"))
        return ComplexitySeverity::Fair;
    if (complexityClass == QLatin1String("quadratic") || complexityClass == QLatin1String("polynomial"))
        return ComplexitySeverity::Poor;
    if (complexityClass == QLatin1String("cubic") || complexityClass == QLatin1String("exponential") ||
        complexityClass == QLatin1String("factorial"))
        return ComplexitySeverity::Bad;
    return ComplexitySeverity::Unknown;
}

QString AnalysisPresenter::riskKindName(const QString &kind)
{
    if (kind == QLatin1String("eval_exec"))
        return tr("eval / exec");
    if (kind == QLatin1String("system_command"))
        return tr("system command");
    if (kind == QLatin1String("network"))
        return tr("network access");
    if (kind == QLatin1String("file_deletion"))
        return tr("file deletion");
    if (kind == QLatin1String("dynamic_import"))
        return tr("dynamic import");
    if (kind == QLatin1String("unpickling"))
        return tr("unpickling");
    if (kind == QLatin1String("unbounded_loop"))
        return tr("unbounded loop");
    if (kind == QLatin1String("blocking_input"))
        return tr("blocking input");
    return QString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString AnalysisPresenter::riskLevelText(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High:
        return tr("High");
    case RiskLevel::Medium:
        return tr("Medium");
    case RiskLevel::Low:
        break;
    }
    return tr("Low");
}

MeasurementPlot AnalysisPresenter::plot(const AnalysisResult &result)
{
    MeasurementPlot plot;
    plot.function = result.measuredFunction;
    for (const analysis::MeasuredPoint &point : result.measurements)
        plot.measured << QPointF(double(point.n), point.seconds * 1000.0);
    if (plot.measured.size() < 2 || result.fitted.isEmpty())
        return plot;
    const QString fitted = analysis::canonicalComplexity(result.fitted);
    plot.fittedLabel = tr("fitted %1").arg(fitted);
    for (const analysis::FitCandidate &candidate : analysis::ComplexityFit::fitAll(result.measurements)) {
        if (candidate.complexity != fitted || !std::isfinite(candidate.error))
            continue;
        // ComplexityFit estimates the base of an exponential from the upper half of the points.
        double base = 2.0;
        const QList<analysis::MeasuredPoint> &m = result.measurements;
        const qsizetype from = m.size() / 2;
        if (m.last().n > m.at(from).n && m.at(from).seconds > 0)
            base = std::pow(m.last().seconds / m.at(from).seconds, 1.0 / double(m.last().n - m.at(from).n));
        const double first = plot.measured.first().x();
        const double last = plot.measured.last().x();
        constexpr int kSamples = 48;
        for (int i = 0; i <= kSamples; ++i) {
            const double n = first + (last - first) * i / kSamples;
            const double seconds = candidate.intercept + candidate.coefficient * growth(fitted, n, base);
            if (std::isfinite(seconds))
                plot.fitted << QPointF(n, seconds * 1000.0);
        }
        break;
    }
    return plot;
}

QList<HotLoop> AnalysisPresenter::hottestLoops(const AnalysisResult &result)
{
    int top = -1;
    for (const HotLoop &loop : result.hotLoops)
        top = std::max(top, classRank(loop.cost));
    QList<HotLoop> hottest;
    for (const HotLoop &loop : result.hotLoops) {
        const bool matches =
            top >= 0 ? classRank(loop.cost) == top : loop.cost == result.hotLoops.first().cost;
        // A loop whose cost does not depend on the input is not hot, whatever else there is.
        if (matches && top != 0)
            hottest << loop;
    }
    return hottest;
}

QString AnalysisPresenter::redacted(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, QStringLiteral("••••"));
    return text;
}

AnalysisView AnalysisPresenter::present(const AnalysisResult &result)
{
    AnalysisView view;
    view.ok = result.ok();
    view.provider = providerName(result.provider);
    view.fallbackNotice = result.fallbackReason;
    if (!view.ok) {
        // A language no analyzer reads yet is not a failure: its message says what the panel can do.
        view.error = result.provider == AnalysisPresenter::kUnsupportedLanguage
                         ? result.error
                         : tr("The analysis failed: %1").arg(result.error);
        return view;
    }
    view.time = badge(tr("Time"), tr("Time complexity: %1"), result.time);
    view.space = badge(tr("Space"), tr("Space complexity: %1"), result.space);
    view.confidencePercent = int(std::lround(std::clamp(result.confidence, 0.0, 1.0) * 100));
    view.confidence = tr("Confidence %1 %").arg(view.confidencePercent);
    view.explanation = result.explanation;
    // Analyzers write sentence fragments ("nested loops dominate"); start them with a capital, unless
    // the first word is code ("sort_items() was timed").
    const QString firstWord = view.explanation.section(QLatin1Char(' '), 0, 0);
    if (!firstWord.isEmpty() &&
        std::all_of(firstWord.cbegin(), firstWord.cend(), [](QChar c) { return c.isLower(); }))
        view.explanation[0] = view.explanation.at(0).toUpper();
    for (const analysis::FunctionComplexity &function : result.functions) {
        FunctionRow row;
        row.name = function.name;
        row.lines = function.endLine > function.startLine
                        ? QStringLiteral("%1–%2").arg(function.startLine).arg(function.endLine)
                        : QString::number(function.startLine);
        row.time = function.time;
        row.space = function.space;
        row.toolTip = function.explanation;
        row.line = function.startLine;
        view.functions << row;
    }
    for (const analysis::RiskyPattern &risk : result.risks) {
        RiskRow row;
        row.level = risk.level;
        row.levelText = riskLevelText(risk.level);
        row.lineText = risk.line > 0 ? QString::number(risk.line) : QStringLiteral("–");
        row.kind = riskKindName(risk.kind);
        row.detail = risk.detail.isEmpty() ? row.kind : risk.detail;
        row.line = risk.line;
        view.risks << row;
    }
    // The most serious first; within a level, in the order of the code.
    std::stable_sort(view.risks.begin(), view.risks.end(), [](const RiskRow &a, const RiskRow &b) {
        return int(a.level) != int(b.level) ? int(a.level) > int(b.level) : a.line < b.line;
    });
    view.plot = plot(result);
    return view;
}

} // namespace app
