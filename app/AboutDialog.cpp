#include "AboutDialog.h"

#include <runner/SandboxInfo.h>

#include <Qsci/qsciglobal.h>

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace app {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Code Remote"));
    setAccessibleName(tr("About Code Remote"));
    auto *text = new QTextBrowser(this);
    text->setAccessibleName(tr("Versions and sandbox layers"));
    text->setOpenExternalLinks(true);
    text->setHtml(versionsHtml() + sandboxHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(520, 480);
}

QString AboutDialog::versionsHtml()
{
    return tr("<h2>Code Remote %1</h2>"
              "<p>Write code, run it in a sandbox on this computer, and read its output.</p>"
              "<p>Qt %2 (built with %3) · QScintilla %4</p>")
        .arg(QStringLiteral(CODE_REMOTE_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QStringLiteral(QSCINTILLA_VERSION_STR));
}

QString AboutDialog::sandboxHtml()
{
    const runner::SandboxInfo info = runner::SandboxInfo::probe();
    QString html = tr("<h3>Sandbox layers on this machine</h3>");
    if (!info.error.isEmpty())
        html += tr("<p>The sandbox helper could not be asked: %1</p>").arg(info.error.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const runner::SandboxLayer &layer : info.layers) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(layer.active ? QStringLiteral("✔") : QStringLiteral("✘"), layer.name.toHtmlEscaped(),
                         layer.detail.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace app
