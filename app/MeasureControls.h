#pragma once

#include <analysis/AnalysisResult.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace app {

// A function Measure can call: its name and its required positional parameters, in order.
struct MeasurableFunction
{
    QString name;
    QStringList parameters;
    bool operator==(const MeasurableFunction &other) const
    {
        return name == other.name && parameters == other.parameters;
    }
};

// The Measure controls of the analysis panel: which function to time and which of its parameters is the
// size that grows. "Automatic" leaves the choice to the harness (the first function whose parameters it
// can make; its first list or string). The choices follow the current tab's program.
class MeasureControls : public QWidget
{
    Q_OBJECT
public:
    explicit MeasureControls(QWidget *parent = nullptr);

    // The top-level functions of a Python program with their required positional parameters (what
    // Measure passes); read from the `def` lines, so it works while the code does not yet compile.
    static QList<MeasurableFunction> functionsIn(const QString &code);

    // The functions of a program in another language, from its static analysis (its parser knows them;
    // no regular expression does): top-level ones with parameters, in the program's order, one per
    // name (Measure calls a function by its name alone, so a second overload could not be chosen).
    static QList<MeasurableFunction> functionsOf(const analysis::AnalysisResult &result);

    // Refills the choices from the program, keeping the picked function and parameter when they remain.
    void setProgram(const QString &code) { setFunctions(functionsIn(code)); }
    void setFunctions(const QList<MeasurableFunction> &functions);
    // Whether the functions can only come from an analysis that has not been made yet (a tab in another
    // language than Python): the box then says how to fill it.
    void setAwaitingAnalysis(bool awaiting);
    bool awaitingAnalysis() const { return m_awaitingAnalysis; }
    // Empty: automatic.
    QString function() const;
    QString sizeParameter() const;

    QComboBox *functionBox() const { return m_function; }
    QComboBox *sizeBox() const { return m_size; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillSizes();

    QList<MeasurableFunction> m_functions;
    bool m_awaitingAnalysis = false;
    QLabel *m_functionLabel;
    QComboBox *m_function;
    QLabel *m_sizeLabel;
    QComboBox *m_size;
};

} // namespace app
