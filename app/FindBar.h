#pragma once

#include <editor/FindReplace.h>

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QPushButton;

namespace editor {
class CodeEditor;
}

namespace app {

// The find/replace bar under the editor. The matching rules live in editor::FindReplace; this only
// collects the options and reports the outcome.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setEditor(editor::CodeEditor *editor);
    void showFind();
    void showReplace();

    editor::FindOptions options(bool backwards = false) const;
    bool findNext();
    bool findPrevious();
    bool replaceNext();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseBox() const { return m_case; }
    QCheckBox *wordBox() const { return m_word; }
    QCheckBox *regexBox() const { return m_regex; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void setReplaceVisible(bool visible);
    bool find(bool backwards);
    // Boxes every match in the editor and shows "3 of 17" (or why there is none).
    void updateMatches();

    QPointer<editor::CodeEditor> m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_word;
    QCheckBox *m_regex;
    QPushButton *m_next;
    QPushButton *m_previous;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QToolButton *m_close;
    QLabel *m_status;
    QLabel *m_findLabel;
    QLabel *m_replaceLabel;
};

} // namespace app
