#include "TestEnvironment.h"

#include <app/OutputPane.h>
#include <app/OutputParserRegistry.h>
#include <app/PythonOutputParser.h>
#include <app/RunFileNames.h>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextBlock>

using namespace app;

namespace {

// Node's stack lines ("    at f (/work/main.js:3:9)"): a second language's format, registered the way
// a real one would be, to show the pane and the registry need nothing Python-specific.
class StackLineParser : public OutputLineParser
{
public:
    bool mayContainLinks(QStringView text) const override { return text.contains(QLatin1String(" at ")); }
    std::optional<OutputLink> linkInLine(QStringView line) const override
    {
        static const QRegularExpression pattern(QStringLiteral(R"re(\(([^():]+):(\d+):\d+\))re"));
        const QRegularExpressionMatch match = pattern.match(line);
        if (!match.hasMatch())
            return std::nullopt;
        return OutputLink{{match.captured(1), match.captured(2).toInt()},
                          int(match.capturedStart(0)),
                          int(match.capturedLength(0))};
    }
    void feed(runner::OutputChannel, QStringView) override {}
    void finish() override {}
    QList<OutputError> errors() const override { return {}; }
};

} // namespace

// The output parsers behind traceback links and error markers, and the registry that gives each run
// the parser of its language.
class TestOutputParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pythonRunsGetAParserAndUnparsedLanguagesNone()
    {
        const OutputParserRegistry &registry = OutputParserRegistry::builtin();
        QVERIFY(registry.contains(QStringLiteral("python")));
        QVERIFY(registry.create(QStringLiteral("python")));
        QVERIFY(!registry.create(QStringLiteral("plaintext")));
        QVERIFY(!registry.create(QString()));
    }

    void eachRunGetsAFreshParser()
    {
        const OutputParserRegistry &registry = OutputParserRegistry::builtin();
        std::unique_ptr<OutputLineParser> first = registry.create(QStringLiteral("python"));
        first->feed(runner::OutputChannel::Stderr,
                    u"Traceback (most recent call last):\n"
                    u"  File \"/work/main.py\", line 1, in <module>\nKeyError: 'a'\n");
        first->finish();
        QCOMPARE(first->errors().size(), 1);
        // A second run starts from nothing, whatever the first one read.
        QVERIFY(registry.create(QStringLiteral("python"))->errors().isEmpty());
    }

    void aLanguageRegistersItsOwnParser()
    {
        OutputParserRegistry registry;
        registry.add(QStringLiteral("javascript"), [] { return std::make_unique<StackLineParser>(); });
        const auto parser = registry.create(QStringLiteral("javascript"));
        QVERIFY(parser);
        const auto link = parser->linkInLine(u"    at divide (/work/main.js:3:9)");
        QVERIFY(link);
        QCOMPARE(link->location.file, QStringLiteral("/work/main.js"));
        QCOMPARE(link->location.line, 3);
        QVERIFY(!registry.create(QStringLiteral("python")));
    }

    void pythonParserLinksTheFileReferenceOfALine()
    {
        PythonOutputParser parser;
        const QString line = QStringLiteral("  File \"/work/main.py\", line 12, in compute\n");
        QVERIFY(parser.mayContainLinks(line));
        const auto link = parser.linkInLine(line);
        QVERIFY(link);
        QCOMPARE(link->location.file, QStringLiteral("/work/main.py"));
        QCOMPARE(link->location.line, 12);
        QCOMPARE(line.mid(link->start, link->length),
                 QStringLiteral("File \"/work/main.py\", line 12, in compute"));
        QVERIFY(!parser.mayContainLinks(u"0\n1\n2\n"));
        QVERIFY(!parser.linkInLine(u"print('File')"));
    }

    void pythonParserReportsTracebacksOfStandardErrorOnly()
    {
        PythonOutputParser parser;
        const QString traceback = QStringLiteral("Traceback (most recent call last):\n"
                                                 "  File \"/work/main.py\", line 4, in <module>\n    f()\n"
                                                 "  File \"/work/main.py\", line 2, in f\n    return 1 / 0\n"
                                                 "ZeroDivisionError: division by zero\n");
        // A program printing a traceback-shaped text on standard output reported no error.
        parser.feed(runner::OutputChannel::Stdout, traceback);
        // Standard error arrives in chunks that split lines.
        parser.feed(runner::OutputChannel::Stderr, QStringView(traceback).left(60));
        parser.feed(runner::OutputChannel::Stderr, QStringView(traceback).mid(60));
        parser.finish();
        const QList<OutputError> errors = parser.errors();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, QStringLiteral("ZeroDivisionError: division by zero"));
        QCOMPARE(errors.first().locations.size(), 2);
        QCOMPARE(errors.first().locations.at(0).line, 4); // outermost first, as printed
        QCOMPARE(errors.first().locations.at(1).line, 2);
        QCOMPARE(errors.first().locations.at(1).file, QStringLiteral("/work/main.py"));
    }

    void thePaneLinksWhatTheRunsParserFinds()
    {
        OutputPane pane;
        pane.resize(600, 300);
        pane.show();
        pane.beginRun(QStringLiteral("Running main.js"));
        pane.setLinkParser(std::make_shared<StackLineParser>());
        pane.appendOutput(OutputKind::Stderr,
                          QStringLiteral("Error: boom\n    at divide (/work/main.js:3:9)\n"));
        // Text that would be a link for Python is plain text for this language.
        pane.appendOutput(OutputKind::Stderr, QStringLiteral("  File \"/work/main.py\", line 2, in f\n"));
        pane.flush();
        QSignalSpy activated(&pane, &OutputPane::tracebackActivated);
        OutputView *view = pane.view();
        const auto clickOn = [view](const QString &blockText, const QString &at) {
            QTextBlock block = view->document()->begin();
            while (block.isValid() && !block.text().contains(blockText))
                block = block.next();
            QVERIFY(block.isValid());
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + int(block.text().indexOf(at)) + 2);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
        };
        clickOn(QStringLiteral("at divide"), QStringLiteral("/work/main.js"));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QStringLiteral("/work/main.js"));
        QCOMPARE(activated.first().at(1).toInt(), 3);
        clickOn(QStringLiteral("line 2, in f"), QStringLiteral("File"));
        QCOMPARE(activated.count(), 1);
    }

    // Issue 12, point 8: the sandbox's file name becomes the tab's, also when a chunk splits it.
    void runFileNamesRenameTheSandboxFileAcrossChunks()
    {
        const QString stderrText = QStringLiteral(
            "Traceback (most recent call last):\n  File \"/work/main.py\", line 2, in <module>\n"
            "ValueError: boom\nmain.py:3: import of 'sys' is not allowed in the strict profile\n"
            "not main.py:4 at a line start\n");
        for (int cut = 0; cut <= stderrText.size(); ++cut) {
            RunFileNames names(QStringLiteral("/work/main.py"), QStringLiteral("Untitled 2"));
            QString shown = names.rewrite(QStringView(stderrText).left(cut));
            shown += names.rewrite(QStringView(stderrText).mid(cut));
            shown += names.finish();
            const QString expected = QStringLiteral(
                "Traceback (most recent call last):\n  File \"Untitled 2\", line 2, in <module>\n"
                "ValueError: boom\nUntitled 2:3: import of 'sys' is not allowed "
                "in the strict profile\nnot main.py:4 at a line start\n");
            QVERIFY2(shown == expected, qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(shown)));
        }
        PythonOutputParser parser;
        const auto link = parser.linkInLine(QStringLiteral("  File \"Untitled 2\", line 7, in f"));
        QVERIFY(link);
        QCOMPARE(link->location.file, QStringLiteral("Untitled 2"));
        QCOMPARE(link->location.line, 7);
    }
};

CODE_REMOTE_TEST_MAIN(TestOutputParsers)
#include "tst_outputparsers.moc"
