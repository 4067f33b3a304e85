#pragma once

#include <QDialog>

class QTextBrowser;

namespace app {

// Help ▸ Manual: the short manual bundled with the IDE (resources/help/manual.html), readable
// without a network or a browser.
class ManualDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace app
