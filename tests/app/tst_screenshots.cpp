#include "TestEnvironment.h"

#include <AppSettings.h>
#include <CodeEditor.h>
#include <EditorTabs.h>
#include <MainWindow.h>
#include <OutputPane.h>

#include <QDir>
#include <QTemporaryDir>

using namespace app;

// Renders the main window in the light and the dark theme to PNG files under the build directory, so
// a person can look at both (the test checks only that they were written and differ).
class TestScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersLightAndDarkThemes()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&settings, {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r"))});
        window.resize(1200, 800);
        window.show();
        window.restoreSessionAndRecover();
        editor::CodeEditor *editor = window.currentEditor();
        editor->setText(QStringLiteral(
            "# Fibonacci numbers, iteratively\n"
            "def fib(n: int) -> int:\n"
            "    a, b = 0, 1\n"
            "    for _ in range(n):\n"
            "        a, b = b, a + b\n"
            "    return a\n\n\n"
            "name = input('Your name? ')\n"
            "print(f'Hello, {name}!', [fib(i) for i in range(10)])\n"
            "print(1 / 0)\n"));
        editor->setCursorPosition(4, 8);
        OutputPane *pane = window.outputPane();
        pane->beginRun(QStringLiteral("Running Untitled 1 (strict profile)…"));
        pane->appendOutput(OutputKind::Stdout, QStringLiteral("Your name? "));
        pane->appendOutput(OutputKind::Input, QStringLiteral("Ada\n"));
        pane->appendOutput(OutputKind::Stdout, QStringLiteral("Hello, Ada! [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\n"));
        pane->appendOutput(OutputKind::Stderr, QStringLiteral("Traceback (most recent call last):\n"
                                                              "  File \"/work/main.py\", line 11, in <module>\n"
                                                              "ZeroDivisionError: division by zero\n"));
        pane->finishRun(QStringLiteral("— Runtime error · exit code 1 · 0.03 s · peak memory 8.2 MB —"));

        const QString out = QStringLiteral(SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(out));
        QImage images[2];
        const ThemeChoice themes[] = {ThemeChoice::Light, ThemeChoice::Dark};
        const char *names[] = {"main-light.png", "main-dark.png"};
        for (int i = 0; i < 2; ++i) {
            settings.setTheme(themes[i]);
            pane->clear();
            pane->appendOutput(OutputKind::Stdout, QStringLiteral("Your name? "));
            pane->appendOutput(OutputKind::Input, QStringLiteral("Ada\n"));
            pane->appendOutput(OutputKind::Stdout, QStringLiteral("Hello, Ada! [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]\n"));
            pane->appendOutput(OutputKind::Stderr, QStringLiteral("Traceback (most recent call last):\n"
                                                                  "  File \"/work/main.py\", line 11, in <module>\n"
                                                                  "ZeroDivisionError: division by zero\n"));
            pane->finishRun(QStringLiteral("— Runtime error · exit code 1 · 0.03 s · peak memory 8.2 MB —"));
            QCoreApplication::processEvents();
            images[i] = window.grab().toImage();
            const QString file = out + QLatin1Char('/') + QLatin1String(names[i]);
            QVERIFY(images[i].save(file));
            qInfo("wrote %s", qPrintable(file));
        }
        QVERIFY(images[0] != images[1]);
        // The dark theme really is dark: the editor's background pixel is.
        const QPoint inEditor = editor->mapTo(&window, QPoint(editor->width() / 2, editor->height() - 10));
        QVERIFY(images[1].pixelColor(inEditor * images[1].devicePixelRatio()).lightness() < 80);
        QVERIFY(images[0].pixelColor(inEditor * images[0].devicePixelRatio()).lightness() > 200);
        settings.setTheme(ThemeChoice::Light);
    }
};

CODE_REMOTE_TEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
