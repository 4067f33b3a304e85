#include "AppSettings.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyleFactory>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("code-remote"));
    QApplication::setApplicationName(QStringLiteral("code-remote"));
    QApplication::setApplicationDisplayName(QStringLiteral("Code Remote"));
    QApplication::setApplicationVersion(QStringLiteral(CODE_REMOTE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("code-remote"));
    // Fusion draws the light and dark palettes faithfully on every platform.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Code Remote: write and run code."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Files to open."));
    // For the start-up benchmark: quit as soon as the window has been shown and painted.
    QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"),
                                     QApplication::translate("main", "Quit once the window is shown (benchmarks)."));
    parser.addOption(quitAfterShow);
    parser.process(application);

    app::AppSettings settings;
    app::MainWindow window(&settings);
    window.show();
    window.restoreSessionAndRecover();
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    if (parser.isSet(quitAfterShow)) {
        // A zero timer runs after the first paint events queued by show().
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QApplication::quit();
        });
    }
    return application.exec();
}
