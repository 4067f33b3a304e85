#pragma once

#include "MeasureChoices.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;

namespace app {

// The Measure controls of the analysis panel: which function to time and which of its parameters is the
// size that grows. "Automatic" leaves the choice to the harness (the first function whose parameters it
// can make; its first list or string). The choices follow the current tab's program (MeasureChoices).
class MeasureControls : public QWidget
{
    Q_OBJECT
public:
    explicit MeasureControls(QWidget *parent = nullptr);

    // Refills the choices from the program, keeping the picked function and parameter when they remain.
    void setProgram(const QString &code) { setFunctions(MeasureChoices::functionsIn(code)); }
    // Those Measure cannot call are listed disabled, their tooltip saying why.
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
