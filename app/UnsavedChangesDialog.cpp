#include "UnsavedChangesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace app {

namespace {
// Room the window manager takes from the title bar for the icon and the close, maximise and minimise
// buttons; the dialog is at least this much wider than its title so the title is never elided.
constexpr int kTitleBarDecorations = 160;
} // namespace

UnsavedChangesDialog::UnsavedChangesDialog(const QString &question, const QStringList &names, QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel(question, this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("unsavedChangesDialog"));
    setWindowTitle(tr("Unsaved Changes"));
    setAccessibleName(tr("Unsaved changes"));
    m_question->setWordWrap(true);
    m_list->setAccessibleName(tr("Unsaved files"));
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    // Space toggles the current row's box, as in any check list.
    connect(m_list, &QListWidget::itemChanged, this, [this] { updateButtons(); });

    auto *buttons = new QDialogButtonBox(this);
    m_saveAll = buttons->addButton(tr("&Save All"), QDialogButtonBox::AcceptRole);
    m_saveSelected = buttons->addButton(tr("Save S&elected"), QDialogButtonBox::AcceptRole);
    m_discardAll = buttons->addButton(tr("&Discard All"), QDialogButtonBox::DestructiveRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_saveAll->setDefault(true);
    connect(m_saveAll, &QPushButton::clicked, this, [this] { finish(Outcome::SaveAll); });
    connect(m_saveSelected, &QPushButton::clicked, this, [this] { finish(Outcome::SaveSelected); });
    connect(m_discardAll, &QPushButton::clicked, this, [this] { finish(Outcome::DiscardAll); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { finish(Outcome::Cancel); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    // One buffer needs no list to choose from.
    m_list->setVisible(names.size() > 1);
    m_saveSelected->setVisible(names.size() > 1);
    if (names.size() == 1)
        m_saveAll->setText(tr("&Save"));
    if (names.size() == 1)
        m_discardAll->setText(tr("&Don't Save"));

    const int titleWidth = fontMetrics().horizontalAdvance(windowTitle()) + kTitleBarDecorations;
    setMinimumWidth(std::max({titleWidth, sizeHint().width(), 420}));
    updateButtons();
}

QList<int> UnsavedChangesDialog::checkedRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            rows << i;
    }
    return rows;
}

void UnsavedChangesDialog::updateButtons()
{
    // Saving a selection of none would be Discard All under another name.
    m_saveSelected->setEnabled(!checkedRows().isEmpty());
}

void UnsavedChangesDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    if (outcome == Outcome::Cancel)
        reject();
    else
        accept();
}

} // namespace app
