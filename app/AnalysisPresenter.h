#pragma once

#include <analysis/AnalysisResult.h>

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace app {

// How alarming a complexity is; the panel colours its badges by it.
enum class ComplexitySeverity { Unknown, Good, Fair, Poor, Bad };

struct ComplexityBadge
{
    QString caption;    // "Time"
    QString text;       // "O(n log n)"
    QString accessible; // "Time complexity: O(n log n)"
    ComplexitySeverity severity = ComplexitySeverity::Unknown;
};

struct FunctionRow
{
    QString name;
    QString lines; // "3–9"
    QString time;
    QString space;
    QString toolTip;
    int line = 0; // where a click jumps
};

struct RiskRow
{
    analysis::RiskLevel level = analysis::RiskLevel::Medium;
    QString levelText; // "High"
    QString lineText;  // "12", or "–" without a line
    QString kind;      // "system command"
    QString detail;
    int line = 0;
};

// The plot of an empirical result: measured milliseconds against n, and the fitted class as a curve
// through the same range.
struct MeasurementPlot
{
    QList<QPointF> measured;
    QList<QPointF> fitted;
    QString fittedLabel; // "fitted O(n log n)"
    QString function;
    bool isEmpty() const { return measured.isEmpty(); }
};

// Everything the analysis panel shows for one result, as text: the widget only lays it out.
struct AnalysisView
{
    bool ok = false;
    QString error;
    ComplexityBadge time;
    ComplexityBadge space;
    QString provider; // "Static analysis", "Gemini", "Measured"
    int confidencePercent = 0;
    QString confidence; // "Confidence 80 %"
    QString explanation;
    QString fallbackNotice;
    QList<FunctionRow> functions;
    QList<RiskRow> risks;
    MeasurementPlot plot;
};

// Turns an AnalysisResult into the panel's texts and rows. Plain logic, so it is tested without widgets.
class AnalysisPresenter
{
    Q_DECLARE_TR_FUNCTIONS(app::AnalysisPresenter)
public:
    // The provider of the answer AnalysisController gives for a language no analyzer reads yet.
    static inline const QString kUnsupportedLanguage = QStringLiteral("unsupported");

    static AnalysisView present(const analysis::AnalysisResult &result);

    static QString providerName(const QString &provider);
    static ComplexitySeverity severity(const QString &complexityClass);
    static QString riskKindName(const QString &kind);
    static QString riskLevelText(analysis::RiskLevel level);
    static MeasurementPlot plot(const analysis::AnalysisResult &result);
    // The loops to mark in the editor: those as costly as the costliest one.
    static QList<analysis::HotLoop> hottestLoops(const analysis::AnalysisResult &result);
    // `text` with every occurrence of `secret` masked: a last line of defence for error texts.
    static QString redacted(QString text, const QString &secret);
};

} // namespace app
