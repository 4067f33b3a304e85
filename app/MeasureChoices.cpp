#include "MeasureChoices.h"

#include <QRegularExpression>

#include <algorithm>

namespace app {

QList<MeasurableFunction> MeasureChoices::functionsIn(const QString &code)
{
    // Top-level definitions only: the methods' classes need the parser's reading (functionsOf).
    static const QRegularExpression kDef(
        QStringLiteral(R"(^def\s+([A-Za-z_]\w*)\s*\(([^)]*)\))"), QRegularExpression::MultilineOption);
    QList<MeasurableFunction> functions;
    for (auto it = kDef.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        MeasurableFunction function{match.captured(1), {}};
        for (QString parameter : match.captured(2).split(QLatin1Char(','))) {
            parameter = parameter.section(QLatin1Char(':'), 0, 0).trimmed();
            // Defaults, *args and keyword-only parameters are not passed.
            if (parameter.isEmpty() || parameter.contains(QLatin1Char('=')) || parameter.startsWith(QLatin1Char('*')))
                break;
            if (parameter != QLatin1String("/"))
                function.parameters << parameter;
        }
        if (!function.parameters.isEmpty())
            functions << function;
    }
    return functions;
}

QList<MeasurableFunction> MeasureChoices::functionsOf(const analysis::AnalysisResult &result)
{
    if (!result.ok())
        return {};
    QList<analysis::FunctionComplexity> all = result.functions;
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.startLine < b.startLine; });
    QList<MeasurableFunction> functions;
    for (const analysis::FunctionComplexity &f : all) {
        if (f.parameters.isEmpty() || f.name == QLatin1String("main"))
            continue;
        MeasurableFunction function{f.name, f.parameters, f.measurable, f.measureNote};
        // A function inside another one (a local class's method, a nested function) is not the
        // program's to call, whether or not the analysis says so.
        const bool nested = std::any_of(all.cbegin(), all.cend(), [&f](const analysis::FunctionComplexity &outer) {
            return &outer != &f && outer.startLine <= f.startLine && f.endLine <= outer.endLine &&
                   (outer.startLine < f.startLine || f.endLine < outer.endLine);
        });
        if (nested && function.measurable) {
            function.measurable = false;
            function.note = tr("it is nested in another function");
        }
        const auto seen = std::find_if(functions.begin(), functions.end(),
                                       [&f](const MeasurableFunction &s) { return s.name == f.name; });
        if (seen == functions.end())
            functions << function;
        else if (!seen->measurable && function.measurable)
            *seen = function; // the overload the harness will call
    }
    return functions;
}

QString MeasureChoices::toolTip(const MeasurableFunction &function)
{
    if (function.measurable)
        return {};
    return function.note.isEmpty() ? tr("Measure cannot call %1()").arg(function.name)
                                   : tr("Measure cannot call %1(): %2").arg(function.name, function.note);
}

} // namespace app
