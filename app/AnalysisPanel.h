#pragma once

#include "AnalysisPresenter.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QTreeWidget;
class QTreeWidgetItem;
class QValueAxis;

namespace app {

class ComplexityBadgeWidget;
class MeasureControls;

// The Analysis dock's content: time and space badges, who answered and how sure it is, the
// explanation, per-function rows and risky patterns that jump to their lines, and for measured results
// a plot of time against input size with the fitted curve. It only shows what AnalysisPresenter
// prepared and asks for work through signals; the analysis itself runs elsewhere, asynchronously.
class AnalysisPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPanel(QWidget *parent = nullptr);
    ~AnalysisPanel() override;

    // A request started: show the busy bar; the previous result stays visible beneath it.
    void showStarted(const QString &provider);
    void showProgress(int percent, const QString &message);
    void setResult(const analysis::AnalysisResult &result);
    // The code changed since the shown result was computed.
    void setStale(bool stale);
    // A measurement arrived while measuring: plotted at once.
    void addMeasuredPoint(qint64 n, double seconds);
    // Which file the panel describes ("Untitled 2", "sort.py"): it follows the current tab.
    void setSubject(const QString &fileName);
    // The current tab has no result yet: the empty state, no busy bar.
    void clearResult();
    // A request for another tab ended: its busy bar goes, this tab's result stays.
    void stopBusy();

    bool isBusy() const;
    const std::optional<analysis::AnalysisResult> &result() const { return m_result; }
    QLabel *timeBadgeLabel() const;
    QLabel *spaceBadgeLabel() const;
    QLabel *providerLabel() const { return m_provider; }
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *fallbackLabel() const { return m_fallback; }
    QLabel *progressLabel() const { return m_progressText; }
    QProgressBar *progressBar() const { return m_progressBar; }
    QTreeWidget *functionList() const { return m_functions; }
    QTreeWidget *riskList() const { return m_risks; }
    QChartView *chartView() const { return m_chartView; }
    QScatterSeries *measuredSeries() const { return m_measured; }
    QLineSeries *fittedSeries() const { return m_fitted; }
    QPushButton *analyzeButton() const { return m_analyzeButton; }
    QPushButton *measureButton() const { return m_measureButton; }
    MeasureControls *measureControls() const { return m_measureControls; }
    QLabel *subjectLabel() const { return m_subject; }

Q_SIGNALS:
    void lineActivated(int line);
    void analyzeRequested();
    void measureRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyColours();
    void render();
    void renderPlot(const MeasurementPlot &plot);
    void fitListHeight(QTreeWidget *list);
    void hideBusy();
    void onItemActivated(QTreeWidgetItem *item);

    std::optional<analysis::AnalysisResult> m_result;
    bool m_busy = false;
    bool m_stale = false;
    bool m_applyingColours = false;

    QPushButton *m_analyzeButton;
    QPushButton *m_measureButton;
    MeasureControls *m_measureControls;
    QLabel *m_subject;
    QString m_subjectName;
    QWidget *m_progressBox;
    QProgressBar *m_progressBar;
    QLabel *m_progressText;
    QLabel *m_empty;
    QWidget *m_resultBox;
    ComplexityBadgeWidget *m_timeBadge;
    ComplexityBadgeWidget *m_spaceBadge;
    QLabel *m_provider;
    QProgressBar *m_confidenceBar;
    QLabel *m_error;
    QLabel *m_fallback;
    QLabel *m_staleNotice;
    QLabel *m_explanation;
    QLabel *m_functionsTitle;
    QTreeWidget *m_functions;
    QLabel *m_risksTitle;
    QTreeWidget *m_risks;
    QLabel *m_noRisks;
    QLabel *m_plotTitle;
    QChartView *m_chartView;
    QChart *m_chart;
    QScatterSeries *m_measured;
    QLineSeries *m_fitted;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace app
