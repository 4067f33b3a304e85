#include "FindBar.h"

#include <editor/CodeEditor.h>
#include <editor/EditorSearch.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

namespace app {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(this))
    , m_word(new QCheckBox(this))
    , m_regex(new QCheckBox(this))
    , m_next(new QPushButton(this))
    , m_previous(new QPushButton(this))
    , m_replaceOne(new QPushButton(this))
    , m_replaceAll(new QPushButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_findLabel(new QLabel(this))
    , m_replaceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_close->setAutoRaise(true);
    m_find->setClearButtonEnabled(true);
    // The fields stretch, so a long translation of the options beside them squeezed them to a few pixels
    // (German, French): they keep room for a short search term whatever the language.
    for (QLineEdit *field : {m_find, m_replace})
        field->setMinimumWidth(field->fontMetrics().averageCharWidth() * 14);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_findLabel, 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(m_previous, 0, 2);
    layout->addWidget(m_next, 0, 3);
    layout->addWidget(m_case, 0, 4);
    layout->addWidget(m_word, 0, 5);
    layout->addWidget(m_regex, 0, 6);
    layout->addWidget(m_status, 0, 7);
    layout->addWidget(m_close, 0, 8);
    layout->addWidget(m_replaceLabel, 1, 0);
    layout->addWidget(m_replace, 1, 1);
    layout->addWidget(m_replaceOne, 1, 2);
    layout->addWidget(m_replaceAll, 1, 3);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(7, 1);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceNext(); });
    connect(m_next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(m_previous, &QPushButton::clicked, this, [this] { findPrevious(); });
    connect(m_replaceOne, &QPushButton::clicked, this, [this] { replaceNext(); });
    connect(m_replaceAll, &QPushButton::clicked, this, [this] { replaceAll(); });
    // Every match is boxed and counted as the user types or changes an option.
    connect(m_find, &QLineEdit::textChanged, this, [this] { updateMatches(); });
    for (QCheckBox *box : {m_case, m_word, m_regex})
        connect(box, &QCheckBox::toggled, this, [this] { updateMatches(); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        if (m_editor)
            m_editor->setFocus();
    });
    retranslate();
    hide();
}

void FindBar::retranslate()
{
    m_findLabel->setText(tr("F&ind:"));
    m_replaceLabel->setText(tr("Re&place:"));
    m_find->setAccessibleName(tr("Find text"));
    m_replace->setAccessibleName(tr("Replacement text"));
    m_case->setText(tr("Match &case"));
    m_word->setText(tr("&Whole words"));
    m_regex->setText(tr("Regular e&xpression"));
    m_next->setText(tr("&Next"));
    m_previous->setText(tr("Pre&vious"));
    m_replaceOne->setText(tr("&Replace"));
    m_replaceAll->setText(tr("Replace &All"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close find bar"));
    m_status->setAccessibleName(tr("Search result"));
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindBar::setEditor(editor::CodeEditor *editor)
{
    if (m_editor)
        editor::EditorSearch(m_editor).clearHighlights();
    m_editor = editor;
    m_status->clear();
    updateMatches();
}

void FindBar::hideEvent(QHideEvent *event)
{
    if (m_editor)
        editor::EditorSearch(m_editor).clearHighlights();
    QWidget::hideEvent(event);
}

void FindBar::updateMatches()
{
    if (!m_editor || isHidden())
        return;
    if (m_find->text().isEmpty()) {
        editor::EditorSearch(m_editor).clearHighlights();
        m_status->clear();
        return;
    }
    const editor::FindReplace finder(m_find->text(), options());
    if (!finder.errorString().isEmpty()) {
        editor::EditorSearch(m_editor).clearHighlights();
        m_status->setText(tr("Invalid expression: %1").arg(finder.errorString()));
        return;
    }
    const editor::MatchCount count = editor::EditorSearch(m_editor).highlightAll(m_find->text(), options());
    if (count.total == 0)
        m_status->setText(tr("Not found"));
    else if (count.current > 0)
        m_status->setText(tr("%1 of %2").arg(QLocale().toString(count.current), QLocale().toString(count.total)));
    else
        m_status->setText(tr("%n match(es)", nullptr, count.total));
}

void FindBar::setReplaceVisible(bool visible)
{
    m_replaceLabel->setVisible(visible);
    m_replace->setVisible(visible);
    m_replaceOne->setVisible(visible);
    m_replaceAll->setVisible(visible);
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    show();
    // Start from the selection, as editors do, when it is a single-line word or phrase.
    if (m_editor && m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
    updateMatches();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

editor::FindOptions FindBar::options(bool backwards) const
{
    editor::FindOptions options;
    options.caseSensitive = m_case->isChecked();
    options.wholeWord = m_word->isChecked();
    options.regularExpression = m_regex->isChecked();
    options.backwards = backwards;
    return options;
}

bool FindBar::find(bool backwards)
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    const bool found = editor::EditorSearch(m_editor).findNext(m_find->text(), options(backwards));
    updateMatches();
    return found;
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::replaceNext()
{
    if (!m_editor || m_find->text().isEmpty())
        return false;
    const bool found = editor::EditorSearch(m_editor).replaceNext(m_find->text(), m_replace->text(), options());
    updateMatches();
    return found;
}

int FindBar::replaceAll()
{
    if (!m_editor || m_find->text().isEmpty())
        return 0;
    const int count = editor::EditorSearch(m_editor).replaceAll(m_find->text(), m_replace->text(), options());
    updateMatches();
    if (count > 0)
        m_status->setText(tr("Replaced %n occurrence(s)", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace app
