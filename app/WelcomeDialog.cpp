#include "WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

// The examples live in a static library's resource file, linked in only when referenced; this must be
// outside any namespace.
static void initExampleResources()
{
    Q_INIT_RESOURCE(examples);
}

namespace app {

QList<ExampleProgram> WelcomeDialog::examples()
{
    return {
        {QStringLiteral(":/examples/squares.py"), tr("Input and loops"),
         tr("Asks how many squares to print: type the answer where the program asks.")},
        {QStringLiteral(":/examples/complexity.py"), tr("Compare two solutions"),
         tr("A slow and a fast way to find a duplicate: analyse them and see O(n²) against O(n).")},
        {QStringLiteral(":/examples/sandbox.py"), tr("A program the sandbox stops"),
         tr("Tries to read your SSH keys and to reach the network: the sandbox refuses both.")},
    };
}

QString WelcomeDialog::exampleText(const QString &resource)
{
    initExampleResources();
    QFile file(resource);
    if (!resource.startsWith(QStringLiteral(":/examples/")) || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

WelcomeDialog::WelcomeDialog(const QKeySequence &runKey, const QKeySequence &analyzeKey, QWidget *parent)
    : QDialog(parent)
    , m_shortcuts(new QLabel(this))
{
    initExampleResources();
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Code Remote"));

    auto *heading = new QLabel(tr("Welcome to Code Remote"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *intro =
        new QLabel(tr("Write Python, run it safely in a sandbox on this computer or on a server, and "
                      "see how fast it is: the output, the time, the memory and the complexity "
                      "(Big-O) of your code. Programs cannot read your files or reach the network."),
                   this);
    intro->setWordWrap(true);

    auto *examplesHeading = new QLabel(tr("Try an example (it opens in a new tab):"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(examplesHeading);
    for (const ExampleProgram &example : examples()) {
        auto *button = new QCommandLinkButton(example.title, example.description, this);
        button->setAccessibleName(example.title);
        const QString resource = example.resource;
        connect(button, &QCommandLinkButton::clicked, this,
                [this, resource] { Q_EMIT exampleChosen(resource); });
        m_exampleButtons << button;
        layout->addWidget(button);
    }

    const QString run = runKey.toString(QKeySequence::NativeText);
    const QString analyze = analyzeKey.toString(QKeySequence::NativeText);
    m_shortcuts->setText(
        tr("<b>%1</b> runs the current tab. <b>%2</b> analyses its complexity.").arg(run, analyze));
    m_shortcuts->setTextFormat(Qt::RichText);
    m_shortcuts->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(m_shortcuts);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *manual = buttons->addButton(tr("Open the &Manual"), QDialogButtonBox::HelpRole);
    connect(manual, &QPushButton::clicked, this, [this] { Q_EMIT manualRequested(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace app
