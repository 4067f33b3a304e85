#include "AppSettings.h"
#include "HelpController.h"
#include "MainWindow.h"
#include "SingleInstance.h"

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
    QCommandLineOption newInstance(QStringLiteral("new-instance"),
                                   QApplication::translate("main", "Open a new window even if one is running."));
    parser.addOption(newInstance);
    parser.process(application);

    // A second `code-remote FILE` hands FILE to the running window and exits (the benchmark's
    // --quit-after-show always measures a start of its own).
    app::SingleInstance instance;
    const bool single = !parser.isSet(newInstance) && !parser.isSet(quitAfterShow);
    if (single && instance.start(parser.positionalArguments()) == app::SingleInstance::Role::HandedOff)
        return 0;

    app::AppSettings settings;
    app::MainWindow window(&settings);
    instance.attach(&window, [&window](const QString &file) { window.openFile(file); });
    window.show();
    window.restoreSessionAndRecover();
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    // A new user first sees what the IDE does and three examples; never again unless asked (Help).
    if (!parser.isSet(quitAfterShow))
        window.help()->showWelcomeOnFirstStart();
    if (parser.isSet(quitAfterShow)) {
        // A zero timer runs after the first paint events queued by show().
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            QApplication::quit();
        });
    }
    return application.exec();
}
