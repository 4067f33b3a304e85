#pragma once

#include <runner/RunResult.h>

#include <QDockWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace app {

class ProfileNotice;

// The analysis panel's place in the window. Its content arrives with the analysis module: until then
// it shows an empty state, and setContentWidget() swaps in the real view without touching the window.
class AnalysisDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AnalysisDock(QWidget *parent = nullptr);
    // Takes ownership; the previous content widget is deleted.
    void setContentWidget(QWidget *widget);
    QWidget *contentWidget() const { return widget(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_placeholder = nullptr;
};

// The strict profile's violations of the last run, each with its line; activating one jumps there.
class ViolationsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ViolationsDock(QWidget *parent = nullptr);
    // `fileName`: the tab or file the program came from, named in each row instead of the sandbox's.
    void setViolations(const QList<runner::Violation> &violations, const QString &fileName = QString());
    int count() const;
    QTreeWidget *list() const { return m_list; }
    // Above the list when the strict profile refused a run: how to switch the profile.
    ProfileNotice *profileNotice() const { return m_profileNotice; }

Q_SIGNALS:
    void lineActivated(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onItemActivated(QTreeWidgetItem *item);

    QStackedWidget *m_stack;
    ProfileNotice *m_profileNotice;
    QTreeWidget *m_list;
    QLabel *m_empty;
};

} // namespace app
