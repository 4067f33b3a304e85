#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;

namespace app {

// One question for every unsaved buffer at once: a list with a check box per buffer, and Save All,
// Save Selected, Discard All and Cancel. Closing a window with eight modified tabs asks once, not eight
// times, and the user can keep some and drop others.
class UnsavedChangesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { SaveAll, SaveSelected, DiscardAll, Cancel };

    // `question` is the sentence above the list (Prompts words it with its plural forms).
    UnsavedChangesDialog(const QString &question, const QStringList &names, QWidget *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    // The rows whose box is ticked, in the order of `names`.
    QList<int> checkedRows() const;

    QListWidget *list() const { return m_list; }
    QLabel *questionLabel() const { return m_question; }
    QPushButton *saveAllButton() const { return m_saveAll; }
    QPushButton *saveSelectedButton() const { return m_saveSelected; }
    QPushButton *discardAllButton() const { return m_discardAll; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void finish(Outcome outcome);
    void updateButtons();

    QLabel *m_question;
    QListWidget *m_list;
    QPushButton *m_saveAll;
    QPushButton *m_saveSelected;
    QPushButton *m_discardAll;
    QPushButton *m_cancel;
    Outcome m_outcome = Outcome::Cancel;
};

} // namespace app
