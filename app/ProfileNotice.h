#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace app {

// Shown above the violations when the strict profile refused a run: what happened, how to switch the
// profile, and, where the target runs the standard profile, a button that switches and runs again.
class ProfileNotice : public QFrame
{
    Q_OBJECT
public:
    explicit ProfileNotice(QWidget *parent = nullptr);

    // `canSwitch`: the target allows the standard profile (always locally; a server only if it says so).
    void showRefusal(bool canSwitch);
    void dismiss();

    QLabel *label() const { return m_label; }
    QPushButton *switchButton() const { return m_switch; }

Q_SIGNALS:
    void switchRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QPushButton *m_switch;
    bool m_canSwitch = false;
};

} // namespace app
