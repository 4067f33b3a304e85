// Issue 18: the output of node, the JVM, javac and g++ read into links and errors, from the formats the
// toolchains document and from what the installed toolchains really print.

#include "TestEnvironment.h"

#include <app/CppOutputParser.h>
#include <app/JavaOutputParser.h>
#include <app/JavaScriptOutputParser.h>
#include <app/OutputParserRegistry.h>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace app;

namespace {

// A toolchain run directly (not sandboxed: only its message format matters here); its standard error.
QString stderrOf(const QString &program, const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardError());
}

void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

// Every link a parser finds in a text, as "file:line" at the linked text.
QStringList linksIn(const OutputLineParser &parser, const QString &text)
{
    QStringList links;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (const auto link = parser.linkInLine(line))
            links << QStringLiteral("%1:%2 [%3]")
                         .arg(link->location.file)
                         .arg(link->location.line)
                         .arg(line.mid(link->start, link->length));
    }
    return links;
}

} // namespace

class TestLanguageParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyLanguageHasAParser()
    {
        for (const QString &id : {QStringLiteral("python"), QStringLiteral("javascript"), QStringLiteral("cpp"),
                                  QStringLiteral("java")})
            QVERIFY2(OutputParserRegistry::builtin().create(id), qPrintable(id));
    }

    void javaScriptLinksFramesAndTheHeaderAndReportsTheError()
    {
        JavaScriptOutputParser parser;
        const QString trace = QStringLiteral("Untitled 2:3\n"
                                             "  throw new Error('boom');\n"
                                             "  ^\n"
                                             "\n"
                                             "Error: boom\n"
                                             "    at f (Untitled 2:3:9)\n"
                                             "    at Object.<anonymous> (Untitled 2:6:1)\n"
                                             "    at Module._compile (node:internal/modules/cjs/loader:1256:14)\n"
                                             "    at /work/lib.js:4:2\n"
                                             "\n"
                                             "Node.js v18.19.0\n");
        QCOMPARE(linksIn(parser, trace), QStringList({QStringLiteral("Untitled 2:3 [Untitled 2:3]"),
                                                      QStringLiteral("Untitled 2:3 [Untitled 2:3:9]"),
                                                      QStringLiteral("Untitled 2:6 [Untitled 2:6:1]"),
                                                      QStringLiteral("/work/lib.js:4 [/work/lib.js:4:2]")}));
        // Split anywhere, read the same; what the program prints on stdout is never an error.
        parser.feed(runner::OutputChannel::Stdout, QStringLiteral("Error: fake\n    at g (x.js:1:1)\n"));
        parser.feed(runner::OutputChannel::Stderr, trace.left(40));
        parser.feed(runner::OutputChannel::Stderr, trace.mid(40));
        parser.finish();
        QCOMPARE(parser.errors().size(), 1);
        const OutputError error = parser.errors().first();
        QCOMPARE(error.message, QStringLiteral("Error: boom"));
        // Outermost first, the throwing line (the header) last.
        QCOMPARE(error.locations.size(), 4);
        QCOMPARE(error.locations.first().file, QStringLiteral("/work/lib.js"));
        QCOMPARE(error.locations.last().file, QStringLiteral("Untitled 2"));
        QCOMPARE(error.locations.last().line, 3);
    }

    // An ES module (.mjs) names its file by URL; with the sandbox path replaced by the tab's path, the
    // link opens that file.
    void javaScriptModuleFramesLinkLikeScriptFrames()
    {
        JavaScriptOutputParser parser;
        const QString trace = QStringLiteral("file:///home/ada/x.mjs:5\n"
                                             "  throw new Error(\"boom\");\n"
                                             "        ^\n\n"
                                             "Error: boom\n"
                                             "    at f (file:///home/ada/x.mjs:5:9)\n"
                                             "    at file:///home/ada/x.mjs:7:1\n"
                                             "    at ModuleJob.run (node:internal/modules/esm/module_job:195:25)\n");
        QCOMPARE(linksIn(parser, trace),
                 QStringList({QStringLiteral("/home/ada/x.mjs:5 [file:///home/ada/x.mjs:5]"),
                              QStringLiteral("/home/ada/x.mjs:5 [file:///home/ada/x.mjs:5:9]"),
                              QStringLiteral("/home/ada/x.mjs:7 [file:///home/ada/x.mjs:7:1]")}));
        parser.feed(runner::OutputChannel::Stderr, trace);
        parser.finish();
        QCOMPARE(parser.errors().size(), 1);
        QCOMPARE(parser.errors().first().locations.last().file, QStringLiteral("/home/ada/x.mjs"));
        QCOMPARE(parser.errors().first().locations.last().line, 5);
    }

    void javaScriptSyntaxErrorPointsAtItsLine()
    {
        JavaScriptOutputParser parser;
        parser.feed(runner::OutputChannel::Stderr,
                    QStringLiteral("/work/main.js:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n"
                                   "    at internalCompileFunction (node:internal/vm:76:18)\n"));
        parser.finish();
        QCOMPARE(parser.errors().size(), 1);
        QCOMPARE(parser.errors().first().message, QStringLiteral("SyntaxError: Unexpected token ';'"));
        QCOMPARE(parser.errors().first().locations.size(), 1);
        QCOMPARE(parser.errors().first().locations.first().line, 2);
    }

    void javaLinksFramesAndCompilerLinesAndReportsExceptions()
    {
        JavaOutputParser parser;
        const QString trace = QStringLiteral(
            "Exception in thread \"main\" java.lang.IllegalStateException: outer\n"
            "\tat Main.g(Main.java:9)\n"
            "\tat Main.main(Main.java:12)\n"
            "Caused by: java.lang.ArithmeticException: / by zero\n"
            "\tat Main.f(Main.java:3)\n"
            "\tat java.base/java.util.ArrayList.forEach(ArrayList.java:1511)\n"
            "\tat jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\n"
            "\t... 1 more\n");
        QCOMPARE(linksIn(parser, trace),
                 QStringList({QStringLiteral("Main.java:9 [Main.java:9]"), QStringLiteral("Main.java:12 [Main.java:12]"),
                              QStringLiteral("Main.java:3 [Main.java:3]"),
                              QStringLiteral("ArrayList.java:1511 [ArrayList.java:1511]")}));
        QCOMPARE(linksIn(parser, QStringLiteral("Untitled 1:4: error: ';' expected\n")),
                 QStringList{QStringLiteral("Untitled 1:4 [Untitled 1:4]")});
        parser.feed(runner::OutputChannel::Stderr, trace);
        parser.finish();
        QCOMPARE(parser.errors().size(), 2);
        QCOMPARE(parser.errors().at(0).message, QStringLiteral("java.lang.IllegalStateException: outer"));
        QCOMPARE(parser.errors().at(0).locations.last().line, 9);
        QCOMPARE(parser.errors().at(1).message, QStringLiteral("java.lang.ArithmeticException: / by zero"));
        QCOMPARE(parser.errors().at(1).locations.last().file, QStringLiteral("Main.java"));
        QCOMPARE(parser.errors().at(1).locations.last().line, 3);
    }

    void cppLinksDiagnosticsAndIncludeChains()
    {
        CppOutputParser parser;
        const QString text = QStringLiteral("In file included from Untitled 3:2:\n"
                                            "                 from /usr/include/x.h:4,\n"
                                            "Untitled 3: In function 'int main()':\n"
                                            "Untitled 3:5:12: error: 'y' was not declared in this scope\n"
                                            "    5 |     return y;\n"
                                            "      |            ^\n"
                                            "Untitled 3:7: warning: no column here\n"
                                            "main.cpp:9:1: note: declared here\n");
        QCOMPARE(linksIn(parser, text), QStringList({QStringLiteral("Untitled 3:2 [Untitled 3:2]"),
                                                     QStringLiteral("/usr/include/x.h:4 [/usr/include/x.h:4]"),
                                                     QStringLiteral("Untitled 3:5 [Untitled 3:5:12]"),
                                                     QStringLiteral("Untitled 3:7 [Untitled 3:7]"),
                                                     QStringLiteral("main.cpp:9 [main.cpp:9:1]")}));
        QVERIFY(parser.mayContainLinks(text));
        QVERIFY(!parser.mayContainLinks(QStringLiteral("plain output\n")));
    }

    // The formats as the toolchains on this machine print them.
    void realNodeTraceIsRead()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/node")))
            QSKIP("node is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("main.js"));
        write(path, "function f(x) {\n  return x.y.z;\n}\n\nf({});\n");
        const QString text = stderrOf(QStringLiteral("/usr/bin/node"), {path}, dir.path());
        JavaScriptOutputParser parser;
        parser.feed(runner::OutputChannel::Stderr, text);
        parser.finish();
        QCOMPARE(parser.errors().size(), 1);
        QVERIFY2(parser.errors().first().message.startsWith(QLatin1String("TypeError: ")), qPrintable(text));
        QCOMPARE(parser.errors().first().locations.last().file, path);
        QCOMPARE(parser.errors().first().locations.last().line, 2);
        QVERIFY2(linksIn(parser, text).contains(QStringLiteral("%1:5 [%1:5:1]").arg(path)), qPrintable(text));
    }

    void realJavaExceptionAndJavacErrorAreRead()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/javac")))
            QSKIP("javac is not installed");
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("Main.java")),
              "public class Main {\n  static int f(int x) {\n    return 10 / x;\n  }\n"
              "  public static void main(String[] a) {\n    System.out.println(f(0));\n  }\n}\n");
        QCOMPARE(stderrOf(QStringLiteral("/usr/bin/javac"), {QStringLiteral("Main.java")}, dir.path()), QString());
        const QString text = stderrOf(QStringLiteral("/usr/bin/java"), {QStringLiteral("-cp"), QStringLiteral("."),
                                                                        QStringLiteral("Main")}, dir.path());
        JavaOutputParser parser;
        parser.feed(runner::OutputChannel::Stderr, text);
        parser.finish();
        QCOMPARE(parser.errors().size(), 1);
        QCOMPARE(parser.errors().first().message, QStringLiteral("java.lang.ArithmeticException: / by zero"));
        QCOMPARE(parser.errors().first().locations.last().line, 3);
        QCOMPARE(parser.errors().first().locations.first().line, 6);

        write(dir.filePath(QStringLiteral("Main.java")), "public class Main {\n  int f() { return \"x\"; }\n}\n");
        const QString compiler = stderrOf(QStringLiteral("/usr/bin/javac"), {QStringLiteral("Main.java")}, dir.path());
        QVERIFY2(linksIn(parser, compiler).startsWith(QStringLiteral("Main.java:2 [Main.java:2]")), qPrintable(compiler));
    }

    void realGccErrorIsLinked()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/g++")))
            QSKIP("g++ is not installed");
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("main.cpp")), "int main() {\n  return y;\n}\n");
        const QString text = stderrOf(QStringLiteral("/usr/bin/g++"), {QStringLiteral("-fsyntax-only"), QStringLiteral("main.cpp")},
                                      dir.path());
        CppOutputParser parser;
        QVERIFY2(linksIn(parser, text).contains(QStringLiteral("main.cpp:2 [main.cpp:2:10]")), qPrintable(text));
    }
};

CODE_REMOTE_TEST_MAIN(TestLanguageParsers)
#include "tst_languageparsers.moc"
