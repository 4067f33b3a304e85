#pragma once

#include <QDockWidget>
#include <QJsonArray>

class QLabel;
class QLineEdit;
class QListWidget;
class QTreeView;

namespace app {

class VariablesModel;

// The debugger's views: the call stack (innermost first; choosing a frame shows its variables and its
// line), the variables of the chosen frame (VariablesModel) and a line that evaluates an expression in
// that frame. It shows what DebugController gives it and says what the user chose.
class DebugDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit DebugDock(VariablesModel *model, QWidget *parent = nullptr);

    // `frames` as the agent sends them: {id, name, file, line}.
    void setFrames(const QJsonArray &frames);
    void clearSession();
    int selectedFrame() const;
    void showEvaluation(const QString &text, bool isError);
    // The uncaught exception the program is paused on ("ValueError: bad value"); empty: none.
    void showException(const QString &text);

    QListWidget *callStack() const { return m_stack; }
    QTreeView *variablesView() const { return m_variables; }
    QLineEdit *expressionLine() const { return m_expression; }
    QLabel *evaluationResult() const { return m_result; }
    QLabel *exceptionLabel() const { return m_exception; }

    void retranslate();

Q_SIGNALS:
    void frameChosen(int frame);
    void evaluationRequested(int frame, const QString &expression);
    // A value cut short was double-clicked: its whole text is wanted.
    void wholeValueWanted(int more, const QString &name);

private:
    QListWidget *m_stack;
    QTreeView *m_variables;
    QLineEdit *m_expression;
    QLabel *m_result;
    QLabel *m_exception;
    QString m_exceptionText;
    QLabel *m_stackLabel;
    QLabel *m_variablesLabel;
};

} // namespace app
