#pragma once

#include <QDialog>

namespace app {

// Help > About: versions of the application and its libraries, and which sandbox layers this machine
// actually provides (probed when the dialog opens, since they depend on the kernel and the user).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString versionsHtml();
    static QString sandboxHtml();
};

} // namespace app
