#include "AnalysisPanel.h"

#include "AnalysisColours.h"
#include "ComplexityBadgeWidget.h"
#include "MeasureControls.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace app {

using namespace AnalysisColours;

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

QLabel *notice(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setMargin(6);
    label->hide();
    return label;
}

QTreeWidget *rowList(QWidget *parent, int columns)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setColumnCount(columns);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionsMovable(false);
    list->setCursor(Qt::PointingHandCursor);
    return list;
}

} // namespace

AnalysisPanel::AnalysisPanel(QWidget *parent)
    : QWidget(parent)
    , m_analyzeButton(new QPushButton(this))
    , m_measureButton(new QPushButton(this))
    , m_measureControls(new MeasureControls(this))
    , m_subject(new QLabel(this))
    , m_progressBox(new QWidget(this))
    , m_progressBar(new QProgressBar(m_progressBox))
    , m_progressText(new QLabel(m_progressBox))
    , m_empty(new QLabel(this))
    , m_resultBox(new QWidget(this))
    , m_timeBadge(new ComplexityBadgeWidget(m_resultBox))
    , m_spaceBadge(new ComplexityBadgeWidget(m_resultBox))
    , m_provider(new QLabel(m_resultBox))
    , m_confidenceBar(new QProgressBar(m_resultBox))
    , m_error(notice(m_resultBox, "analysisError"))
    , m_fallback(notice(m_resultBox, "analysisFallback"))
    , m_staleNotice(notice(m_resultBox, "analysisStale"))
    , m_explanation(new QLabel(m_resultBox))
    , m_functionsTitle(sectionTitle(m_resultBox))
    , m_functions(rowList(m_resultBox, 4))
    , m_risksTitle(sectionTitle(m_resultBox))
    , m_risks(rowList(m_resultBox, 3))
    , m_noRisks(new QLabel(m_resultBox))
    , m_plotTitle(sectionTitle(this))
    , m_chartView(new QChartView(this))
    , m_chart(new QChart)
    , m_measured(new QScatterSeries(m_chart))
    , m_fitted(new QLineSeries(m_chart))
    , m_axisX(new QValueAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
{
    setObjectName(QStringLiteral("analysisPanel"));

    // Buttons on top: the one thing always in view, whatever the result below scrolls to.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_analyzeButton);
    buttons->addWidget(m_measureButton);
    buttons->addStretch(1);
    m_analyzeButton->setObjectName(QStringLiteral("analyzeButton"));
    m_measureButton->setObjectName(QStringLiteral("measureButton"));
    connect(m_analyzeButton, &QPushButton::clicked, this, &AnalysisPanel::analyzeRequested);
    connect(m_measureButton, &QPushButton::clicked, this, &AnalysisPanel::measureRequested);

    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(6);
    m_progressText->setWordWrap(true);
    auto *progressLayout = new QVBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->setSpacing(2);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addWidget(m_progressText);
    m_progressBox->hide();

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setMargin(12);

    auto *badges = new QHBoxLayout;
    badges->setSpacing(8);
    badges->addWidget(m_timeBadge);
    badges->addWidget(m_spaceBadge);
    m_provider->setObjectName(QStringLiteral("analysisProvider"));
    m_confidenceBar->setRange(0, 100);
    m_confidenceBar->setTextVisible(false);
    m_confidenceBar->setMaximumHeight(4);
    m_confidenceBar->setObjectName(QStringLiteral("confidenceBar"));
    m_explanation->setObjectName(QStringLiteral("analysisExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noRisks->setEnabled(false);
    m_noRisks->setWordWrap(true);

    m_chart->addSeries(m_fitted);
    m_chart->addSeries(m_measured);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_fitted), static_cast<QAbstractSeries *>(m_measured)}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    m_measured->setMarkerSize(7);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    m_axisX->setTickCount(4);
    m_axisY->setTickCount(4);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(4);
    m_chartView->setChart(m_chart); // takes ownership
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setObjectName(QStringLiteral("measurementChart"));

    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->setSpacing(6);
    resultLayout->addLayout(badges);
    resultLayout->addWidget(m_provider);
    resultLayout->addWidget(m_confidenceBar);
    resultLayout->addWidget(m_error);
    resultLayout->addWidget(m_fallback);
    resultLayout->addWidget(m_staleNotice);
    resultLayout->addWidget(m_explanation);
    resultLayout->addWidget(m_functionsTitle);
    resultLayout->addWidget(m_functions);
    resultLayout->addWidget(m_risksTitle);
    resultLayout->addWidget(m_risks);
    resultLayout->addWidget(m_noRisks);
    m_resultBox->hide();
    m_plotTitle->hide();
    m_chartView->hide();

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(10, 8, 10, 10);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_measureControls);
    m_subject->setObjectName(QStringLiteral("analysisSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    contentLayout->addWidget(m_subject);
    contentLayout->addWidget(m_progressBox);
    contentLayout->addWidget(m_empty);
    contentLayout->addWidget(m_resultBox);
    // Outside the result box: points are plotted as they are measured, before any result exists.
    contentLayout->addWidget(m_plotTitle);
    contentLayout->addWidget(m_chartView);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("analysisScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (QTreeWidget *list : {m_functions, m_risks}) {
        connect(list, &QTreeWidget::itemActivated, this, &AnalysisPanel::onItemActivated);
        connect(list, &QTreeWidget::itemClicked, this, &AnalysisPanel::onItemActivated);
    }
    retranslate();
    applyColours();
}

AnalysisPanel::~AnalysisPanel() = default;

QLabel *AnalysisPanel::timeBadgeLabel() const
{
    return m_timeBadge->valueLabel();
}

QLabel *AnalysisPanel::spaceBadgeLabel() const
{
    return m_spaceBadge->valueLabel();
}

bool AnalysisPanel::isBusy() const
{
    return m_busy;
}

void AnalysisPanel::retranslate()
{
    setAccessibleName(tr("Complexity analysis"));
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("analysisScroll")))
        scroll->setAccessibleName(tr("Analysis results"));
    m_analyzeButton->setText(tr("Analyze"));
    m_analyzeButton->setToolTip(
        tr("Estimate the time and space complexity of the current file (Ctrl+Shift+A)"));
    m_analyzeButton->setAccessibleName(tr("Analyze complexity"));
    m_measureButton->setText(tr("Measure"));
    m_measureButton->setToolTip(
        tr("Time the program's function at growing input sizes in the sandbox and fit "
           "its complexity (Ctrl+Shift+M)"));
    m_measureButton->setAccessibleName(tr("Measure complexity"));
    m_progressBar->setAccessibleName(tr("Analysis progress"));
    m_empty->setText(tr("Run a program or press Ctrl+Shift+A to see its time and space complexity here."));
    m_confidenceBar->setAccessibleName(tr("Confidence"));
    m_functionsTitle->setText(tr("Functions"));
    m_functions->setHeaderLabels({tr("Function"), tr("Lines"), tr("Time"), tr("Space")});
    m_functions->setAccessibleName(tr("Functions and their complexity"));
    m_risksTitle->setText(tr("Risky patterns"));
    m_risks->setHeaderLabels({tr("Level"), tr("Line"), tr("Detail")});
    m_risks->setAccessibleName(tr("Risky patterns"));
    m_noRisks->setText(tr("No risky patterns found."));
    m_staleNotice->setText(
        tr("The code changed after this analysis. Press Ctrl+Shift+A to analyze it again."));
    m_chartView->setAccessibleName(tr("Measured time against input size"));
    m_axisX->setTitleText(tr("input size n"));
    m_axisY->setTitleText(tr("time (ms)"));
    m_measured->setName(tr("measured"));
    m_subject->setText(m_subjectName.isEmpty() ? QString() : tr("Analysis of %1").arg(m_subjectName));
    if (m_result)
        render();
}

void AnalysisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
    QWidget::changeEvent(event);
}

void AnalysisPanel::applyColours()
{
    // Setting child palettes sends this widget no PaletteChange, but guard anyway against recursion.
    m_applyingColours = true;
    const QPalette p = palette();
    const bool dark = isDark(p);
    const QColor text = p.color(QPalette::WindowText);
    const QColor base = p.color(QPalette::Base);
    const QColor muted = blend(text, p.color(QPalette::Window), 0.6);
    const auto noticeStyle = [&](QLabel *label, const QColor &accent) {
        label->setStyleSheet(
            QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px;"
                           " color: %3; }")
                .arg(blend(accent, base, dark ? 0.18 : 0.10).name(), blend(accent, base, 0.5).name(),
                     text.name()));
    };
    noticeStyle(m_error, severityColour(ComplexitySeverity::Bad, dark));
    noticeStyle(m_fallback, severityColour(ComplexitySeverity::Poor, dark));
    noticeStyle(m_staleNotice, severityColour(ComplexitySeverity::Unknown, dark));
    QPalette providerPalette = m_provider->palette();
    providerPalette.setColor(QPalette::WindowText, muted);
    m_provider->setPalette(providerPalette);

    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(QPen(blend(text, base, 0.15)));
    m_chart->setPlotAreaBackgroundVisible(false);
    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsColor(muted);
        axis->setTitleBrush(muted);
        axis->setGridLineColor(blend(text, base, 0.12));
        axis->setLinePenColor(blend(text, base, 0.3));
        QFont font = axis->labelsFont();
        font.setPointSizeF(QWidget::font().pointSizeF() * 0.85);
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    m_chart->legend()->setLabelColor(text);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(QWidget::font().pointSizeF() * 0.85);
    m_chart->legend()->setFont(legendFont);
    // setTheme() resets the series' pens: choose ours afterwards.
    const QColor measured = severityColour(ComplexitySeverity::Fair, dark);
    m_measured->setColor(measured);
    m_measured->setBorderColor(base);
    QPen fittedPen(severityColour(ComplexitySeverity::Poor, dark));
    fittedPen.setWidthF(2.0);
    m_fitted->setPen(fittedPen);
    m_applyingColours = false;
    if (m_result)
        render();
}

void AnalysisPanel::showStarted(const QString &provider)
{
    m_busy = true;
    m_progressBar->setRange(0, 0); // busy until the analyzer reports a percentage
    m_progressText->setText(provider == QLatin1String("empirical") ? tr("Measuring…")
                            : provider == QLatin1String("gemini")  ? tr("Asking Gemini…")
                                                                   : tr("Analyzing…"));
    m_progressBox->show();
    m_analyzeButton->setEnabled(true); // a new request replaces the running one
    if (provider == QLatin1String("empirical")) {
        m_measured->clear();
        m_fitted->clear();
    }
}

void AnalysisPanel::showProgress(int percent, const QString &message)
{
    if (!m_busy)
        return;
    if (percent > 0 && percent < 100) {
        m_progressBar->setRange(0, 100);
        m_progressBar->setValue(percent);
    }
    if (!message.isEmpty())
        m_progressText->setText(message);
}

void AnalysisPanel::hideBusy()
{
    m_busy = false;
    m_progressBox->hide();
}

void AnalysisPanel::addMeasuredPoint(qint64 n, double seconds)
{
    m_measured->append(double(n), seconds * 1000.0);
    const QList<QPointF> points = m_measured->points();
    double maxX = 1, maxY = 0.001;
    for (const QPointF &point : points) {
        maxX = std::max(maxX, point.x());
        maxY = std::max(maxY, point.y());
    }
    m_axisX->setRange(0, maxX * 1.05);
    m_axisY->setRange(0, maxY * 1.1);
    m_plotTitle->setText(tr("Measured time"));
    m_plotTitle->show();
    m_chartView->show();
    m_empty->hide();
}

void AnalysisPanel::setSubject(const QString &fileName)
{
    m_subjectName = fileName;
    m_subject->setText(fileName.isEmpty() ? QString() : tr("Analysis of %1").arg(fileName));
}

void AnalysisPanel::clearResult()
{
    m_result.reset();
    m_stale = false;
    hideBusy();
    m_resultBox->hide();
    m_staleNotice->hide();
    m_measured->clear();
    m_fitted->clear();
    m_plotTitle->hide();
    m_chartView->hide();
    m_empty->show();
}

void AnalysisPanel::stopBusy()
{
    hideBusy();
}

void AnalysisPanel::setResult(const analysis::AnalysisResult &result)
{
    m_result = result;
    m_stale = false;
    hideBusy();
    render();
}

void AnalysisPanel::setStale(bool stale)
{
    m_stale = stale;
    m_staleNotice->setVisible(stale && m_result);
}

void AnalysisPanel::render()
{
    const AnalysisView view = AnalysisPresenter::present(*m_result);
    const bool dark = isDark(palette());
    m_empty->hide();
    m_resultBox->show();

    m_error->setText(view.error);
    m_error->setVisible(!view.ok);
    m_fallback->setText(view.fallbackNotice);
    m_fallback->setVisible(!view.fallbackNotice.isEmpty());
    m_staleNotice->setVisible(m_stale);

    for (QWidget *widget : {static_cast<QWidget *>(m_timeBadge), static_cast<QWidget *>(m_spaceBadge),
                            static_cast<QWidget *>(m_confidenceBar), static_cast<QWidget *>(m_explanation)})
        widget->setVisible(view.ok);
    m_timeBadge->setBadge(view.time, palette());
    m_spaceBadge->setBadge(view.space, palette());
    m_provider->setText(view.ok ? tr("%1 · %2").arg(view.provider, view.confidence) : view.provider);
    m_confidenceBar->setValue(view.confidencePercent);
    m_explanation->setText(view.explanation);
    m_explanation->setVisible(view.ok && !view.explanation.isEmpty());

    m_functions->clear();
    for (const FunctionRow &row : view.functions) {
        auto *item = new QTreeWidgetItem(m_functions, {row.name, row.lines, row.time, row.space});
        item->setData(0, Qt::UserRole, row.line);
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, row.toolTip.isEmpty() ? row.name : row.toolTip);
        item->setForeground(
            2, severityColour(AnalysisPresenter::severity(analysis::complexityClass(row.time)), dark));
    }
    m_functionsTitle->setVisible(view.ok && !view.functions.isEmpty());
    m_functions->setVisible(view.ok && !view.functions.isEmpty());
    fitListHeight(m_functions);

    m_risks->clear();
    for (const RiskRow &row : view.risks) {
        auto *item = new QTreeWidgetItem(m_risks, {row.levelText, row.lineText, row.detail});
        const QColor colour = riskColour(row.level, dark);
        item->setIcon(0, dot(colour));
        item->setForeground(0, colour);
        item->setData(0, Qt::UserRole, row.line);
        item->setToolTip(2, QStringLiteral("%1: %2").arg(row.kind, row.detail));
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1 risk on line %2: %3").arg(row.levelText, row.lineText, row.detail));
    }
    // A measurement scans nothing: say "none found" only when a scan ran.
    const bool scanned =
        view.ok && (m_result->provider != QLatin1String("empirical") || !view.risks.isEmpty());
    m_risksTitle->setVisible(scanned);
    m_risks->setVisible(scanned && !view.risks.isEmpty());
    m_noRisks->setVisible(scanned && view.risks.isEmpty());
    fitListHeight(m_risks);

    renderPlot(view.plot);
}

void AnalysisPanel::renderPlot(const MeasurementPlot &plot)
{
    const bool visible = !plot.isEmpty();
    m_plotTitle->setVisible(visible);
    m_chartView->setVisible(visible);
    m_measured->replace(plot.measured);
    m_fitted->replace(plot.fitted);
    m_fitted->setName(plot.fittedLabel);
    if (!visible)
        return;
    m_plotTitle->setText(plot.function.isEmpty() ? tr("Measured time")
                                                 : tr("Measured time of %1()").arg(plot.function));
    double maxX = 1, maxY = 0.001;
    for (const QList<QPointF> *points : {&plot.measured, &plot.fitted}) {
        for (const QPointF &point : *points) {
            maxX = std::max(maxX, point.x());
            maxY = std::max(maxY, point.y());
        }
    }
    m_axisX->setRange(0, maxX * 1.05);
    m_axisY->setRange(0, maxY * 1.1);
    m_axisX->applyNiceNumbers();
    m_axisY->applyNiceNumbers();
    m_axisY->setLabelFormat(maxY < 1    ? QStringLiteral("%.2f")
                            : maxY < 10 ? QStringLiteral("%.1f")
                                        : QStringLiteral("%.0f"));
}

void AnalysisPanel::fitListHeight(QTreeWidget *list)
{
    for (int column = 0; column + 1 < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
    // Show every row up to a handful; beyond that the list scrolls inside itself.
    constexpr int kMaxRows = 8;
    const int rows = std::min(list->topLevelItemCount(), kMaxRows);
    const int rowHeight = rows > 0 ? list->sizeHintForRow(0) : 0;
    list->setFixedHeight(list->header()->sizeHint().height() + rows * rowHeight + 2 * list->frameWidth() + 2);
}

void AnalysisPanel::onItemActivated(QTreeWidgetItem *item)
{
    const int line = item ? item->data(0, Qt::UserRole).toInt() : 0;
    if (line > 0)
        Q_EMIT lineActivated(line);
}

} // namespace app
