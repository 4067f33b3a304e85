#include "ManualDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

// The manual is in the examples' resource file; a static library's resources must be referenced from
// outside any namespace.
static void initManualResources()
{
    Q_INIT_RESOURCE(examples);
}

namespace app {

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    initManualResources();
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("Code Remote Manual"));
    m_browser->setAccessibleName(tr("Manual"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/manual.html")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 620);
}

} // namespace app
