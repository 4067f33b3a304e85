#pragma once

#include <analysis/AnalysisResult.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace app {

// A function the Measure picker lists: its name, the parameters Measure passes (in order), and whether
// Measure can call it; when not, `note` says why (the picker offers it disabled, with that tooltip).
struct MeasurableFunction
{
    QString name;
    QStringList parameters;
    bool measurable = true;
    QString note{};
    bool operator==(const MeasurableFunction &other) const
    {
        return name == other.name && parameters == other.parameters && measurable == other.measurable &&
               note == other.note;
    }
};

// What the Measure picker offers for a program; no widget here (MeasureControls shows it).
class MeasureChoices
{
    Q_DECLARE_TR_FUNCTIONS(MeasureChoices)
public:
    // The top-level functions of a Python program with their required positional parameters (what
    // Measure passes); read from the `def` lines, so it works while the code does not yet compile and
    // before any analysis (the analysis, once made, also gives the methods: functionsOf).
    static QList<MeasurableFunction> functionsIn(const QString &code);

    // The functions of an analyzed program in the program's order, one per name (Measure calls a
    // function by its name alone, and the harnesses take the first overload they can call), never main
    // nor one without parameters (nothing of it could grow). Those the analysis says Measure cannot call
    // (its "measurable": a constructor, a lambda, a template...), and a function inside another one
    // (which an analysis that does not say, Gemini's, may list), come with measurable false and a note.
    static QList<MeasurableFunction> functionsOf(const analysis::AnalysisResult &result);

    // The picker's tooltip for a function: why Measure cannot call it, or empty.
    static QString toolTip(const MeasurableFunction &function);
};

} // namespace app
