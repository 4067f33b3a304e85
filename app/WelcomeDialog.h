#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QCommandLinkButton;
class QLabel;

namespace app {

// One of the example programs bundled as resources (resources/examples.qrc).
struct ExampleProgram
{
    QString resource; // ":/examples/squares.py"
    QString title;    // in the interface language
    QString description;
};

// The page a new user sees on the first start (and again from Help ▸ Welcome): what the IDE does, one
// example program per feature - input and loops, a complexity comparison, a program the sandbox
// stops - and the two shortcuts that matter, read from the window's actions so they never drift.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    WelcomeDialog(const QKeySequence &runKey, const QKeySequence &analyzeKey, QWidget *parent = nullptr);

    static QList<ExampleProgram> examples();
    // The text of a bundled example; empty if there is no such resource.
    static QString exampleText(const QString &resource);

    QList<QCommandLinkButton *> exampleButtons() const { return m_exampleButtons; }
    QLabel *shortcutsLabel() const { return m_shortcuts; }

Q_SIGNALS:
    // The user chose an example: the window opens its text in a new tab.
    void exampleChosen(const QString &resource);
    void manualRequested();

private:
    QList<QCommandLinkButton *> m_exampleButtons;
    QLabel *m_shortcuts;
};

} // namespace app
