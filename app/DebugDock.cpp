#include "DebugDock.h"

#include "VariablesModel.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace app {

DebugDock::DebugDock(VariablesModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_stack(new QListWidget)
    , m_variables(new QTreeView)
    , m_expression(new QLineEdit)
    , m_result(new QLabel)
    , m_exception(new QLabel)
    , m_stackLabel(new QLabel)
    , m_variablesLabel(new QLabel)
{
    setObjectName(QStringLiteral("debugDock"));
    m_stack->setObjectName(QStringLiteral("callStack"));
    m_variables->setObjectName(QStringLiteral("variablesView"));
    m_expression->setObjectName(QStringLiteral("evaluateLine"));
    m_result->setObjectName(QStringLiteral("evaluateResult"));
    m_exception->setObjectName(QStringLiteral("exceptionLabel"));
    m_exception->setWordWrap(true);
    m_exception->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exception->setTextFormat(Qt::PlainText);
    m_exception->setStyleSheet(QStringLiteral("color: #c02020;"));
    m_exception->hide();
    m_variables->setModel(model);
    m_variables->setUniformRowHeights(true);
    m_variables->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_variables->setColumnWidth(VariablesModel::NameColumn, 120);
    m_variables->setColumnWidth(VariablesModel::ValueColumn, 200);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expression->setClearButtonEnabled(true);

    connect(m_variables, &QTreeView::expanded, model, &VariablesModel::onExpanded);
    connect(m_variables, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex value = index.siblingAtColumn(VariablesModel::ValueColumn);
        if (const int more = value.data(VariablesModel::MoreRole).toInt(); more > 0)
            Q_EMIT wholeValueWanted(more, index.siblingAtColumn(VariablesModel::NameColumn).data().toString());
    });
    connect(m_stack, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT frameChosen(row);
    });
    connect(m_expression, &QLineEdit::returnPressed, this, [this] {
        if (!m_expression->text().trimmed().isEmpty())
            Q_EMIT evaluationRequested(selectedFrame(), m_expression->text());
    });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Vertical);
    auto *stackBox = new QWidget;
    auto *stackLayout = new QVBoxLayout(stackBox);
    stackLayout->setContentsMargins(0, 0, 0, 0);
    stackLayout->addWidget(m_stackLabel);
    stackLayout->addWidget(m_stack);
    auto *variablesBox = new QWidget;
    auto *variablesLayout = new QVBoxLayout(variablesBox);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    variablesLayout->addWidget(m_variablesLabel);
    variablesLayout->addWidget(m_variables);
    splitter->addWidget(stackBox);
    splitter->addWidget(variablesBox);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(m_exception);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_expression);
    layout->addWidget(m_result);
    setWidget(content);
    m_stackLabel->setBuddy(m_stack);
    m_variablesLabel->setBuddy(m_variables);
    retranslate();
}

void DebugDock::retranslate()
{
    setWindowTitle(tr("Debugger"));
    m_stackLabel->setText(tr("Call stack"));
    m_variablesLabel->setText(tr("Variables"));
    m_stack->setAccessibleName(tr("Call stack"));
    m_variables->setAccessibleName(tr("Variables"));
    m_expression->setPlaceholderText(tr("Evaluate an expression in the selected frame"));
    m_expression->setAccessibleName(tr("Expression to evaluate"));
    showException(m_exceptionText);
}

void DebugDock::showException(const QString &text)
{
    m_exceptionText = text;
    m_exception->setText(text.isEmpty() ? QString()
                                        : tr("Uncaught exception: %1\nContinue ends the run with its traceback.").arg(text));
    m_exception->setVisible(!text.isEmpty());
}

void DebugDock::setFrames(const QJsonArray &frames)
{
    const QSignalBlocker blocker(m_stack);
    m_stack->clear();
    for (const QJsonValue &value : frames) {
        const QJsonObject frame = value.toObject();
        m_stack->addItem(tr("%1 — %2, line %3")
                             .arg(frame.value(QStringLiteral("name")).toString(),
                                  frame.value(QStringLiteral("file")).toString())
                             .arg(frame.value(QStringLiteral("line")).toInt()));
    }
    m_stack->setCurrentRow(frames.isEmpty() ? -1 : 0);
}

void DebugDock::clearSession()
{
    const QSignalBlocker blocker(m_stack);
    m_stack->clear();
    m_result->clear();
    showException(QString());
}

int DebugDock::selectedFrame() const
{
    return std::max(0, m_stack->currentRow());
}

void DebugDock::showEvaluation(const QString &text, bool isError)
{
    m_result->setText(text);
    m_result->setForegroundRole(isError ? QPalette::BrightText : QPalette::WindowText);
    m_result->setStyleSheet(isError ? QStringLiteral("color: #c02020;") : QString());
}

} // namespace app
