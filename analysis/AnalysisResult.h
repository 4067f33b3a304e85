#pragma once

// The one result type of every complexity analyzer (static, empirical, Gemini).
//
// Its JSON form is public: `code-remote-run --analyze --json` adds it as "analysis" to the result
// object and the server's POST /analyze returns it. Fields (absent arrays are written as []):
//
//   "status"            "ok" | "error"
//   "error"             why the analysis failed (only with status "error"; never contains an API key)
//   "provider"          "static" | "empirical" | "gemini"
//   "time", "space"     canonical Big-O: "O(1)", "O(log n)", "O(sqrt n)", "O(n)", "O(n log n)",
//                       "O(n^2)", "O(n^3)", "O(2^n)", "O(n!)", or another form such as "O(n*m)"
//   "time_class"        the coarse class of "time": constant, logn, sqrt, linear, nlogn, quadratic,
//                       cubic, polynomial, exponential, factorial, unknown
//   "space_class"       the same for "space"
//   "confidence"        0..1, how much to trust the estimate
//   "explanation"       a short sentence on what dominates the time
//   "fallback_reason"   set when a preferred provider failed and another one answered (why it failed)
//   "functions"         [{"name", "parameters", "start_line", "end_line", "time", "space", "explanation",
//                       "measurable", "measure_note"}]; name and parameters (an array of names, in order;
//                       a method's object is not one) as the program spells them; measurable: whether
//                       Measure can call it (absent: true), measure_note: why not (only when false)
//   "risks"             [{"kind", "level", "line", "detail"}]; kind: eval_exec, system_command,
//                       network, file_deletion, dynamic_import, unpickling, unbounded_loop
//                       (reading the input is not one); level: low | medium | high
//   "hot_loops"         [{"start_line", "end_line", "cost", "depth"}]: loops and what they cost with
//                       everything nested in them, for inline markers
//   "measurements"      empirical only: [{"n", "seconds"}] in increasing n
//   "fitted"            empirical only: the class fitted to the measurements ("O(n log n)")
//   "function"          empirical only: the function that was measured

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace analysis {

enum class RiskLevel { Low, Medium, High };

QString riskLevelName(RiskLevel level);
RiskLevel riskLevelFromName(const QString &name); // unknown names read as Medium

struct FunctionComplexity
{
    QString name;
    int startLine = 0;
    int endLine = 0;
    QString time;
    QString space;
    QString explanation;
    QStringList parameters; // as the program spells them, in order; a method's object is not one
    // Whether Measure (EmpiricalAnalyzer) can call it, and when not, why (a constructor, a nested
    // function, a method of a class it cannot make an object of...), as the analyzer says it.
    bool measurable = true;
    QString measureNote;

    QJsonObject toJson() const;
    static FunctionComplexity fromJson(const QJsonObject &object);
    bool operator==(const FunctionComplexity &other) const;
};

struct RiskyPattern
{
    QString kind; // eval_exec, system_command, network, file_deletion, dynamic_import, unpickling,
                  // unbounded_loop
    RiskLevel level = RiskLevel::Medium;
    int line = 0;
    QString detail;

    QJsonObject toJson() const;
    static RiskyPattern fromJson(const QJsonObject &object);
    bool operator==(const RiskyPattern &other) const;
};

struct HotLoop
{
    int startLine = 0;
    int endLine = 0;
    QString cost; // "O(n^2)": the loop with everything nested in it
    int depth = 1;

    QJsonObject toJson() const;
    static HotLoop fromJson(const QJsonObject &object);
    bool operator==(const HotLoop &other) const;
};

struct MeasuredPoint
{
    qint64 n = 0;
    double seconds = 0;

    bool operator==(const MeasuredPoint &other) const { return n == other.n && seconds == other.seconds; }
};

struct AnalysisResult
{
    QString provider; // "static", "empirical", "gemini"
    QString error;    // non-empty: the analysis failed and the fields below are not meaningful
    QString time = QStringLiteral("O(1)");
    QString space = QStringLiteral("O(1)");
    double confidence = 0;
    QString explanation;
    QString fallbackReason;
    QList<FunctionComplexity> functions;
    QList<RiskyPattern> risks;
    QList<HotLoop> hotLoops;
    QList<MeasuredPoint> measurements;
    QString fitted;
    QString measuredFunction;

    bool ok() const { return error.isEmpty(); }
    QString timeClass() const;
    QString spaceClass() const;

    QJsonObject toJson() const;
    static AnalysisResult fromJson(const QJsonObject &object);
    static AnalysisResult failure(const QString &provider, const QString &message);
    bool operator==(const AnalysisResult &other) const;
};

// The name the issue uses for the result of an analysis.
using Complexity = AnalysisResult;

// Canonical Big-O text for the loose forms people and models write ("O(N)", "n*log(n)", "O(n²)",
// "linear"): "O(n)", "O(n log n)", "O(n^2)". Unrecognised text is returned trimmed, with "O(...)".
QString canonicalComplexity(const QString &text);
// The coarse class of a canonical complexity: "constant", "logn", "linear", "nlogn", ... "unknown".
QString complexityClass(const QString &canonical);
// The canonical text of a class name ("nlogn" -> "O(n log n)"); empty for an unknown class.
QString complexityOfClass(const QString &className);

} // namespace analysis
