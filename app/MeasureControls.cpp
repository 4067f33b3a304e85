#include "MeasureControls.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStandardItemModel>

#include <algorithm>

namespace app {

MeasureControls::MeasureControls(QWidget *parent)
    : QWidget(parent)
    , m_functionLabel(new QLabel(this))
    , m_function(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_size(new QComboBox(this))
{
    setObjectName(QStringLiteral("measureControls"));
    m_function->setObjectName(QStringLiteral("measureFunction"));
    m_size->setObjectName(QStringLiteral("measureSize"));
    m_function->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_size->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_functionLabel->setBuddy(m_function);
    m_sizeLabel->setBuddy(m_size);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_functionLabel);
    layout->addWidget(m_function);
    layout->addWidget(m_sizeLabel);
    layout->addWidget(m_size);
    layout->addStretch(1);
    m_function->addItem(QString(), QString());
    fillSizes();
    connect(m_function, &QComboBox::currentIndexChanged, this, &MeasureControls::fillSizes);
    retranslate();
}

void MeasureControls::setFunctions(const QList<MeasurableFunction> &functions)
{
    if (functions == m_functions)
        return;
    const QString function = this->function();
    const QString size = sizeParameter();
    m_functions = functions;
    {
        const QSignalBlocker blocker(m_function);
        m_function->clear();
        m_function->addItem(tr("Automatic"), QString());
        auto *items = qobject_cast<QStandardItemModel *>(m_function->model());
        for (const MeasurableFunction &f : m_functions) {
            m_function->addItem(QStringLiteral("%1(%2)").arg(f.name, f.parameters.join(QStringLiteral(", "))), f.name);
            const int row = m_function->count() - 1;
            m_function->setItemData(row, MeasureChoices::toolTip(f), Qt::ToolTipRole);
            if (!f.measurable && items)
                items->item(row)->setEnabled(false);
        }
        // The function picked before, when Measure can still call it; else Automatic.
        const int kept = m_function->findData(function);
        const bool callable = kept > 0 && m_functions.at(kept - 1).measurable;
        m_function->setCurrentIndex(callable ? kept : 0);
    }
    fillSizes();
    m_size->setCurrentIndex(std::max(0, m_size->findData(size)));
}

void MeasureControls::setAwaitingAnalysis(bool awaiting)
{
    if (awaiting == m_awaitingAnalysis)
        return;
    m_awaitingAnalysis = awaiting;
    retranslate();
}

void MeasureControls::fillSizes()
{
    const QString function = this->function();
    m_size->clear();
    m_size->addItem(tr("Automatic"), QString());
    for (const MeasurableFunction &f : m_functions) {
        if (f.name == function) {
            for (const QString &parameter : f.parameters)
                m_size->addItem(parameter, parameter);
        }
    }
    m_size->setEnabled(m_size->count() > 1);
}

QString MeasureControls::function() const
{
    return m_function->currentData().toString();
}

QString MeasureControls::sizeParameter() const
{
    return m_size->currentData().toString();
}

void MeasureControls::retranslate()
{
    m_functionLabel->setText(tr("F&unction:"));
    m_sizeLabel->setText(tr("&Size:"));
    m_function->setToolTip(m_awaitingAnalysis ? tr("The function Measure times; Analyze lists this program's functions")
                                               : tr("The function Measure times"));
    m_size->setToolTip(tr("The parameter that grows; the others get small fixed values made from their use"));
    m_function->setAccessibleName(tr("Function to measure"));
    m_size->setAccessibleName(tr("Parameter that grows"));
    if (m_function->count() > 0)
        m_function->setItemText(0, tr("Automatic"));
    if (m_size->count() > 0)
        m_size->setItemText(0, tr("Automatic"));
}

void MeasureControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace app
