#include <app/AppSettings.h>
#include <app/MainWindow.h>
#include <app/WindowPlacement.h>

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace app;

// The first window on a high-DPI screen: a 1600×1000 screen at QT_SCALE_FACTOR=2 is 800×500 logical
// pixels, and the window (1100×760 by default, or a geometry saved on a larger screen) must fit it with
// its status bar on screen. main() below sets the scale and the offscreen platform's screen size before
// the application exists, as a user's environment would.
class TestWindowFit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void verifyInside(const QRect &window, const QRect &available)
    {
        QVERIFY2(available.contains(window),
                 qPrintable(QStringLiteral("window %1,%2 %3×%4 outside the screen's %5,%6 %7×%8")
                                .arg(window.x()).arg(window.y()).arg(window.width()).arg(window.height())
                                .arg(available.x()).arg(available.y()).arg(available.width()).arg(available.height())));
    }

private Q_SLOTS:
    void theScreenIsHighDpi()
    {
        QScreen *screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->devicePixelRatio(), 2.0);
        QCOMPARE(screen->availableGeometry().size(), QSize(800, 500));
    }

    void firstWindowFitsTheScreen()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("first.ini")));
        WindowStorage storage{m_dir.filePath(QStringLiteral("session.json")), m_dir.filePath(QStringLiteral("recovery"))};
        MainWindow window(&settings, storage);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        verifyInside(window.frameGeometry(), available);
        // The status bar, the bottom of the window, is on the screen.
        const QRect status = QRect(window.statusBar()->mapToGlobal(QPoint(0, 0)), window.statusBar()->size());
        verifyInside(status, available);
    }

    void restoredGeometryFromALargerScreenFits()
    {
        const QString file = m_dir.filePath(QStringLiteral("restored.ini"));
        {
            // A geometry saved at 2200×1520, as on a large screen without scaling.
            AppSettings settings(file);
            MainWindow big(&settings);
            big.setGeometry(300, 200, 2200, 1520);
            settings.setWindowGeometry(big.saveGeometry(), big.saveState());
            settings.sync();
        }
        AppSettings settings(file);
        MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyInside(window.frameGeometry(), window.screen()->availableGeometry());
    }

    void boundedKeepsAWindowThatFits()
    {
        const QRect screen(0, 0, 800, 500);
        QCOMPARE(WindowPlacement::bounded(QRect(10, 20, 300, 200), screen), QRect(10, 20, 300, 200));
        QCOMPARE(WindowPlacement::bounded(QRect(700, 400, 300, 200), screen), QRect(500, 300, 300, 200));
        QCOMPARE(WindowPlacement::bounded(QRect(-50, -10, 1100, 760), screen), QRect(0, 0, 800, 500));
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", (home.path() + QStringLiteral("/runtime")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.path().toUtf8() + "/runtime/no-bus");
    // The offscreen platform's one screen: 1600×1000 device pixels, scaled by 2.
    const QString config = home.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [{"name": "hidpi", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", ("offscreen:configfile=" + config).toUtf8());
    qputenv("QT_SCALE_FACTOR", "2");
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("code-remote-tests"));
    QApplication::setApplicationName(QStringLiteral("TestWindowFit"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    TestWindowFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_app_windowfit.moc"
