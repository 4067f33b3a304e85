#include "SidePanels.h"

#include "ProfileNotice.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

AnalysisDock::AnalysisDock(QWidget *parent)
    : QDockWidget(parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("analysisDock"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);
    m_placeholder->setEnabled(false); // drawn in the placeholder's muted colour
    setWidget(m_placeholder);
    retranslate();
}

void AnalysisDock::setContentWidget(QWidget *widget)
{
    QWidget *old = this->widget();
    setWidget(widget);
    if (old == m_placeholder)
        m_placeholder = nullptr;
    delete old;
}

void AnalysisDock::retranslate()
{
    setWindowTitle(tr("Analysis"));
    setAccessibleName(tr("Analysis panel"));
    if (m_placeholder) {
        m_placeholder->setText(tr("Complexity analysis will appear here.\n"
                                  "Run a program to see its time and space behaviour."));
        m_placeholder->setAccessibleName(tr("No analysis yet"));
    }
}

void AnalysisDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

ViolationsDock::ViolationsDock(QWidget *parent)
    : QDockWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_profileNotice(new ProfileNotice(this))
    , m_list(new QTreeWidget(m_stack))
    , m_empty(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("violationsDock"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_profileNotice);
    layout->addWidget(m_stack, 1);
    setWidget(content);
    connect(m_list, &QTreeWidget::itemActivated, this, &ViolationsDock::onItemActivated);
    connect(m_list, &QTreeWidget::itemClicked, this, &ViolationsDock::onItemActivated);
    retranslate();
}

void ViolationsDock::retranslate()
{
    setWindowTitle(tr("Violations"));
    setAccessibleName(tr("Security violations panel"));
    m_list->setHeaderLabels({tr("Line"), tr("Kind"), tr("Detail")});
    m_list->setAccessibleName(tr("Security violations"));
    m_empty->setText(tr("No violations. The strict profile lists forbidden imports, builtins and syntax here."));
    m_empty->setAccessibleName(tr("No violations"));
}

void ViolationsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ViolationsDock::setViolations(const QList<runner::Violation> &violations, const QString &fileName)
{
    m_list->clear();
    for (const runner::Violation &violation : violations) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString line = violation.line > 0 ? QString::number(violation.line) : QStringLiteral("–");
        item->setText(0, fileName.isEmpty() ? line : tr("%1:%2").arg(fileName, line));
        item->setText(1, violation.kind);
        item->setText(2, violation.detail);
        item->setData(0, Qt::UserRole, violation.line);
        item->setToolTip(2, violation.detail);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_stack->setCurrentWidget(violations.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    if (!violations.isEmpty())
        raise();
}

int ViolationsDock::count() const
{
    return m_list->topLevelItemCount();
}

void ViolationsDock::onItemActivated(QTreeWidgetItem *item)
{
    const int line = item ? item->data(0, Qt::UserRole).toInt() : 0;
    if (line > 0)
        Q_EMIT lineActivated(line);
}

} // namespace app
