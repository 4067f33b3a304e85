#include "AnalysisResult.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace analysis {

namespace {

template<typename T> QJsonArray toArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

template<typename T> QList<T> fromArray(const QJsonValue &value)
{
    QList<T> items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        items.append(T::fromJson(item.toObject()));
    return items;
}

struct ClassForm
{
    const char *name;
    const char *canonical;
};

// Ordered from the slowest growing; complexityClass() relies on the canonical strings being unique.
constexpr ClassForm kClasses[] = {
    {"constant", "O(1)"}, {"logn", "O(log n)"},      {"sqrt", "O(sqrt n)"},
    {"linear", "O(n)"},   {"nlogn", "O(n log n)"},   {"quadratic", "O(n^2)"},
    {"cubic", "O(n^3)"},  {"exponential", "O(2^n)"}, {"factorial", "O(n!)"},
};

} // namespace

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    }
    return QStringLiteral("medium");
}

RiskLevel riskLevelFromName(const QString &name)
{
    if (name == QLatin1String("low"))
        return RiskLevel::Low;
    if (name == QLatin1String("high"))
        return RiskLevel::High;
    return RiskLevel::Medium;
}

QJsonObject FunctionComplexity::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("parameters"), QJsonArray::fromStringList(parameters)},
                  {QStringLiteral("start_line"), startLine},
                  {QStringLiteral("end_line"), endLine}, {QStringLiteral("time"), time},
                  {QStringLiteral("space"), space},      {QStringLiteral("explanation"), explanation},
                  {QStringLiteral("measurable"), measurable}};
    if (!measurable)
        o.insert(QStringLiteral("measure_note"), measureNote);
    return o;
}

FunctionComplexity FunctionComplexity::fromJson(const QJsonObject &object)
{
    FunctionComplexity f;
    f.name = object.value(QStringLiteral("name")).toString();
    for (const QJsonValue &parameter : object.value(QStringLiteral("parameters")).toArray())
        f.parameters << parameter.toString();
    f.startLine = object.value(QStringLiteral("start_line")).toInt();
    f.endLine = object.value(QStringLiteral("end_line")).toInt();
    f.time = object.value(QStringLiteral("time")).toString();
    f.space = object.value(QStringLiteral("space")).toString();
    f.explanation = object.value(QStringLiteral("explanation")).toString();
    // Absent (an older analyzer, another provider): callable, as before the key existed.
    f.measurable = object.value(QStringLiteral("measurable")).toBool(true);
    if (!f.measurable)
        f.measureNote = object.value(QStringLiteral("measure_note")).toString();
    return f;
}

bool FunctionComplexity::operator==(const FunctionComplexity &other) const
{
    return name == other.name && parameters == other.parameters && startLine == other.startLine && endLine == other.endLine &&
           time == other.time && space == other.space && explanation == other.explanation &&
           measurable == other.measurable && measureNote == other.measureNote;
}

QJsonObject RiskyPattern::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("level"), riskLevelName(level)},
            {QStringLiteral("line"), line},
            {QStringLiteral("detail"), detail}};
}

RiskyPattern RiskyPattern::fromJson(const QJsonObject &object)
{
    RiskyPattern r;
    r.kind = object.value(QStringLiteral("kind")).toString();
    r.level = riskLevelFromName(object.value(QStringLiteral("level")).toString());
    r.line = object.value(QStringLiteral("line")).toInt();
    r.detail = object.value(QStringLiteral("detail")).toString();
    return r;
}

bool RiskyPattern::operator==(const RiskyPattern &other) const
{
    return kind == other.kind && level == other.level && line == other.line && detail == other.detail;
}

QJsonObject HotLoop::toJson() const
{
    return {{QStringLiteral("start_line"), startLine},
            {QStringLiteral("end_line"), endLine},
            {QStringLiteral("cost"), cost},
            {QStringLiteral("depth"), depth}};
}

HotLoop HotLoop::fromJson(const QJsonObject &object)
{
    HotLoop h;
    h.startLine = object.value(QStringLiteral("start_line")).toInt();
    h.endLine = object.value(QStringLiteral("end_line")).toInt();
    h.cost = object.value(QStringLiteral("cost")).toString();
    h.depth = object.value(QStringLiteral("depth")).toInt(1);
    return h;
}

bool HotLoop::operator==(const HotLoop &other) const
{
    return startLine == other.startLine && endLine == other.endLine && cost == other.cost &&
           depth == other.depth;
}

QString AnalysisResult::timeClass() const
{
    return complexityClass(time);
}

QString AnalysisResult::spaceClass() const
{
    return complexityClass(space);
}

QJsonObject AnalysisResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), ok() ? QStringLiteral("ok") : QStringLiteral("error"));
    if (!ok())
        o.insert(QStringLiteral("error"), error);
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("time"), time);
    o.insert(QStringLiteral("time_class"), timeClass());
    o.insert(QStringLiteral("space"), space);
    o.insert(QStringLiteral("space_class"), spaceClass());
    o.insert(QStringLiteral("confidence"), confidence);
    o.insert(QStringLiteral("explanation"), explanation);
    if (!fallbackReason.isEmpty())
        o.insert(QStringLiteral("fallback_reason"), fallbackReason);
    o.insert(QStringLiteral("functions"), toArray(functions));
    o.insert(QStringLiteral("risks"), toArray(risks));
    o.insert(QStringLiteral("hot_loops"), toArray(hotLoops));
    if (provider == QLatin1String("empirical") || !measurements.isEmpty()) {
        QJsonArray points;
        for (const MeasuredPoint &p : measurements)
            points.append(QJsonObject{{QStringLiteral("n"), p.n}, {QStringLiteral("seconds"), p.seconds}});
        o.insert(QStringLiteral("measurements"), points);
        o.insert(QStringLiteral("fitted"), fitted);
        o.insert(QStringLiteral("function"), measuredFunction);
    }
    return o;
}

AnalysisResult AnalysisResult::fromJson(const QJsonObject &o)
{
    AnalysisResult r;
    r.provider = o.value(QStringLiteral("provider")).toString();
    if (o.value(QStringLiteral("status")).toString() == QLatin1String("error"))
        r.error = o.value(QStringLiteral("error")).toString(QStringLiteral("analysis failed"));
    r.time = o.value(QStringLiteral("time")).toString(QStringLiteral("O(1)"));
    r.space = o.value(QStringLiteral("space")).toString(QStringLiteral("O(1)"));
    r.confidence = o.value(QStringLiteral("confidence")).toDouble();
    r.explanation = o.value(QStringLiteral("explanation")).toString();
    r.fallbackReason = o.value(QStringLiteral("fallback_reason")).toString();
    r.functions = fromArray<FunctionComplexity>(o.value(QStringLiteral("functions")));
    r.risks = fromArray<RiskyPattern>(o.value(QStringLiteral("risks")));
    r.hotLoops = fromArray<HotLoop>(o.value(QStringLiteral("hot_loops")));
    const QJsonArray points = o.value(QStringLiteral("measurements")).toArray();
    for (const QJsonValue &v : points) {
        const QJsonObject p = v.toObject();
        r.measurements.append(
            {p.value(QStringLiteral("n")).toInteger(), p.value(QStringLiteral("seconds")).toDouble()});
    }
    r.fitted = o.value(QStringLiteral("fitted")).toString();
    r.measuredFunction = o.value(QStringLiteral("function")).toString();
    return r;
}

AnalysisResult AnalysisResult::failure(const QString &provider, const QString &message)
{
    AnalysisResult r;
    r.provider = provider;
    r.error = message.isEmpty() ? QStringLiteral("analysis failed") : message;
    return r;
}

bool AnalysisResult::operator==(const AnalysisResult &o) const
{
    return provider == o.provider && error == o.error && time == o.time && space == o.space &&
           qFuzzyCompare(1 + confidence, 1 + o.confidence) && explanation == o.explanation &&
           fallbackReason == o.fallbackReason && functions == o.functions && risks == o.risks &&
           hotLoops == o.hotLoops && measurements == o.measurements && fitted == o.fitted &&
           measuredFunction == o.measuredFunction;
}

QString canonicalComplexity(const QString &text)
{
    QString t = text.trimmed();
    for (const ClassForm &c : kClasses) {
        if (t == QLatin1String(c.name))
            return QString::fromLatin1(c.canonical);
    }
    static const QMap<QString, QString> words{{QStringLiteral("constant"), QStringLiteral("O(1)")},
                                              {QStringLiteral("logarithmic"), QStringLiteral("O(log n)")},
                                              {QStringLiteral("linear"), QStringLiteral("O(n)")},
                                              {QStringLiteral("linearithmic"), QStringLiteral("O(n log n)")},
                                              {QStringLiteral("quadratic"), QStringLiteral("O(n^2)")},
                                              {QStringLiteral("cubic"), QStringLiteral("O(n^3)")},
                                              {QStringLiteral("exponential"), QStringLiteral("O(2^n)")},
                                              {QStringLiteral("factorial"), QStringLiteral("O(n!)")}};
    if (words.contains(t.toLower()))
        return words.value(t.toLower());

    // Normalise the body: "O(N*log(N))" -> "n log n", "n²" -> "n^2", "√n" -> "sqrt n".
    QString body = t;
    static const QRegularExpression wrapper(QStringLiteral("^[OoΘθΩ]\\s*\\((.*)\\)$"));
    const auto m = wrapper.match(body);
    if (m.hasMatch())
        body = m.captured(1);
    body = body.trimmed();
    body.replace(QChar(0x00B2), QStringLiteral("^2")).replace(QChar(0x00B3), QStringLiteral("^3"));
    body.replace(QChar(0x221A), QStringLiteral("sqrt "));
    body.replace(QStringLiteral("**"), QStringLiteral("^"));
    QString lower = body.toLower();
    static const QRegularExpression logCall(QStringLiteral("log\\s*_?2?\\s*\\(\\s*n\\s*\\)"));
    lower.replace(logCall, QStringLiteral("log n"));
    static const QRegularExpression sqrtCall(QStringLiteral("sqrt\\s*\\(\\s*n\\s*\\)"));
    lower.replace(sqrtCall, QStringLiteral("sqrt n"));
    static const QRegularExpression times(QStringLiteral("\\s*[*·×]\\s*"));
    QString compact = lower;
    compact.replace(times, QStringLiteral(" ")).replace(QStringLiteral("log2"), QStringLiteral("log"));
    compact = compact.simplified();
    static const QMap<QString, QString> known{
        {QStringLiteral("1"), QStringLiteral("O(1)")},
        {QStringLiteral("log n"), QStringLiteral("O(log n)")},
        {QStringLiteral("logn"), QStringLiteral("O(log n)")},
        {QStringLiteral("sqrt n"), QStringLiteral("O(sqrt n)")},
        {QStringLiteral("n^0.5"), QStringLiteral("O(sqrt n)")},
        {QStringLiteral("n"), QStringLiteral("O(n)")},
        {QStringLiteral("n log n"), QStringLiteral("O(n log n)")},
        {QStringLiteral("nlogn"), QStringLiteral("O(n log n)")},
        {QStringLiteral("n logn"), QStringLiteral("O(n log n)")},
        {QStringLiteral("n^2"), QStringLiteral("O(n^2)")},
        {QStringLiteral("n n"), QStringLiteral("O(n^2)")},
        {QStringLiteral("n^3"), QStringLiteral("O(n^3)")},
        {QStringLiteral("2^n"), QStringLiteral("O(2^n)")},
        {QStringLiteral("n!"), QStringLiteral("O(n!)")},
    };
    if (known.contains(compact))
        return known.value(compact);
    return QStringLiteral("O(%1)").arg(body);
}

QString complexityClass(const QString &canonical)
{
    const QString c = canonicalComplexity(canonical);
    for (const ClassForm &form : kClasses) {
        if (c == QLatin1String(form.canonical))
            return QString::fromLatin1(form.name);
    }
    // Forms the table does not spell out: products of sizes, powers, several logs.
    static const QRegularExpression power(QStringLiteral("^O\\(n\\^(\\d+(?:\\.\\d+)?)"));
    const auto m = power.match(c);
    if (m.hasMatch()) {
        const double p = m.captured(1).toDouble();
        return p <= 2   ? QStringLiteral("quadratic")
               : p <= 3 ? QStringLiteral("cubic")
                        : QStringLiteral("polynomial");
    }
    if (c.contains(QLatin1String("^n")) || c.contains(QLatin1String("2^")))
        return QStringLiteral("exponential");
    if (c.contains(QLatin1Char('!')))
        return QStringLiteral("factorial");
    // n*m, n*m*k: count the multiplied sizes.
    static const QRegularExpression product(
        QStringLiteral("^O\\(([a-z]\\w?)((?:\\*[a-z]\\w?)+)( log \\w+)?\\)$"));
    const auto p = product.match(c);
    if (p.hasMatch()) {
        const int factors = 1 + int(p.captured(2).count(QLatin1Char('*')));
        if (factors == 2)
            return QStringLiteral("quadratic");
        if (factors == 3)
            return QStringLiteral("cubic");
        return QStringLiteral("polynomial");
    }
    if (c.startsWith(QLatin1String("O(log")))
        return QStringLiteral("logn");
    if (c.startsWith(QLatin1String("O(n log")))
        return QStringLiteral("nlogn");
    return QStringLiteral("unknown");
}

QString complexityOfClass(const QString &className)
{
    for (const ClassForm &c : kClasses) {
        if (className == QLatin1String(c.name))
            return QString::fromLatin1(c.canonical);
    }
    return {};
}

} // namespace analysis
