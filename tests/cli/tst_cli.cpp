// code-remote-run: argument parsing as a unit, and the binary's contract through real processes.
#include "CliOptions.h"
#include "Language.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cli;

class CliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run"), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(30'000))
            qWarning("code-remote-run did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void parsesTheDocumentedOptions()
    {
        const ParseOutcome parsed = parseArguments(
            {QStringLiteral("--profile"), QStringLiteral("standard"), QStringLiteral("--timeout"), QStringLiteral("2.5"),
             QStringLiteral("--cpu-time"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("64"),
             QStringLiteral("--output-limit"), QStringLiteral("16"), QStringLiteral("--env"), QStringLiteral("A=b=c"),
             QStringLiteral("--json"), QStringLiteral("prog.py")},
            {});
        QCOMPARE(parsed.exitCode, 0);
        const CliOptions &options = parsed.options;
        QCOMPARE(options.policy.profile, runner::Profile::Standard);
        QCOMPARE(options.policy.limits.wallMs, 2500);
        QCOMPARE(options.policy.limits.cpuMs, 1000);
        QCOMPARE(options.policy.limits.memoryBytes, 64LL << 20);
        QCOMPARE(options.policy.limits.outputBytes, 16 * 1024);
        QCOMPARE(options.policy.environment.value(QStringLiteral("A")), QStringLiteral("b=c"));
        QVERIFY(options.json);
        QCOMPARE(options.file, QStringLiteral("prog.py"));
    }

    void takesTheServerFromTheEnvironment()
    {
        const ParseOutcome parsed = parseArguments({QStringLiteral("x.py")},
                                                   {QStringLiteral("CODE_REMOTE_URL=ws://h:1"), QStringLiteral("CODE_REMOTE_TOKEN=t")});
        QCOMPARE(parsed.options.remoteUrl, QStringLiteral("ws://h:1"));
        QCOMPARE(parsed.options.remoteToken, QStringLiteral("t"));
    }

    void givesEachBadInputItsOwnExitCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("x.py")} << int(ExitUsage);
        QTest::newRow("no program") << QStringList{QStringLiteral("--json")} << int(ExitUsage);
        QTest::newRow("missing value") << QStringList{QStringLiteral("x.py"), QStringLiteral("--timeout")} << int(ExitUsage);
        QTest::newRow("bad profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("lax"), QStringLiteral("x.py")} << int(ExitUsage);
        QTest::newRow("timeout not a number") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("x.py")} << int(ExitInvalidLimit);
        QTest::newRow("negative memory") << QStringList{QStringLiteral("--memory"), QStringLiteral("-5"), QStringLiteral("x.py")} << int(ExitInvalidLimit);
        QTest::newRow("memory too small") << QStringList{QStringLiteral("--memory"), QStringLiteral("1"), QStringLiteral("x.py")} << int(ExitInvalidLimit);
        QTest::newRow("bad env") << QStringList{QStringLiteral("--env"), QStringLiteral("=x"), QStringLiteral("x.py")} << int(ExitUsage);
    }
    void givesEachBadInputItsOwnExitCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const ParseOutcome parsed = parseArguments(arguments, {});
        QCOMPARE(parsed.exitCode, exitCode);
        QVERIFY(!parsed.message.isEmpty());
        // The binary says the same thing in one line on stderr.
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.startsWith("code-remote-run: "));
    }

    void refusesAMissingFile()
    {
        const Run result = run({m_dir.filePath(QStringLiteral("nope.py"))});
        QCOMPARE(result.exitCode, int(ExitNoInput));
        QVERIFY(result.err.contains("nope.py"));
    }

    void refusesAnUnknownLanguage()
    {
        const QString path = write(QStringLiteral("notes.txt"), "print(1)\n");
        QCOMPARE(run({path}).exitCode, int(ExitUnknownLanguage));
        QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("cobol"), path}).exitCode, int(ExitUnknownLanguage));
        // --language overrides the extension.
        QCOMPARE(run({QStringLiteral("--language"), QStringLiteral("python"), path}).out, QByteArray("1\n"));
    }

    void refusesNonUtf8Source()
    {
        const QString path = write(QStringLiteral("latin1.py"), "print('caf\xe9')\n");
        const Run result = run({path});
        QCOMPARE(result.exitCode, int(ExitNotUtf8));
        QVERIFY(result.err.contains("UTF-8"));
    }

    void refusesSourceOver10KiBInStrict()
    {
        QByteArray big = "x = 1\n";
        while (big.size() <= 10 * 1024)
            big += "# padding padding padding padding padding padding padding padding\n";
        big += "print('ran')\n";
        const QString path = write(QStringLiteral("big.py"), big);
        const Run strict = run({path});
        QCOMPARE(strict.exitCode, int(ExitTooLarge));
        // The runner's rule and its words, the same the IDE and the server give (issue 12, point 5).
        QVERIFY2(strict.err.contains("the program is larger than 10 KiB, the limit of the strict profile"),
                 strict.err.constData());
        // The standard profile is for one's own code and takes it.
        QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("standard"), path}).out, QByteArray("ran\n"));
    }

    void passesOutputThroughAndExitsWithTheProgramsStatus()
    {
        const QString path = write(QStringLiteral("exit3.py"), "import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(3)\n");
        const Run result = run({QStringLiteral("--profile"), QStringLiteral("standard"), path});
        QCOMPARE(result.out, QByteArray("out\n"));
        QCOMPARE(result.err, QByteArray("err\n"));
        QCOMPARE(result.exitCode, 3);
    }

    void exits124OnATimeLimit()
    {
        const QString path = write(QStringLiteral("sleep.py"), "import time\ntime.sleep(30)\n");
        const Run result = run({QStringLiteral("--profile"), QStringLiteral("standard"), QStringLiteral("--timeout"), QStringLiteral("0.5"), path});
        QCOMPARE(result.exitCode, int(ExitTimeLimit));
        QVERIFY(result.err.contains("wall-clock limit"));
    }

    void listsTheLanguagesWithTheirToolchains()
    {
        const Run result = run({QStringLiteral("--languages")});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QStringList ids;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), 4);
            ids << QString::fromUtf8(fields.first());
            // A version where the toolchain is installed, else the package that brings it.
            const runner::Language *language = runner::LanguageRegistry::builtin().find(ids.last());
            QVERIFY(language);
            if (language->missingToolchain().isEmpty())
                QVERIFY2(QRegularExpression(QStringLiteral("\\d+\\.\\d+")).match(QString::fromUtf8(fields.at(3))).hasMatch(), line.constData());
            else
                QVERIFY2(fields.at(3).contains(language->debianPackage.toUtf8()), line.constData());
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("python"), QStringLiteral("javascript"), QStringLiteral("cpp"),
                                   QStringLiteral("java")}));
    }

    void tellsTheLanguageFromTheExtension_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        for (const char *name : {"a.js", "a.mjs", "a.cjs"})
            QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("javascript");
        for (const char *name : {"a.cpp", "a.cc", "a.cxx"})
            QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("cpp");
        QTest::newRow("A.java") << QStringLiteral("A.java") << QStringLiteral("java");
        QTest::newRow("a.py") << QStringLiteral("a.py") << QStringLiteral("python");
    }
    void tellsTheLanguageFromTheExtension()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        const runner::Language *byName = runner::LanguageRegistry::builtin().forFileName(file);
        QVERIFY(byName);
        QCOMPARE(byName->id, language);
        // Through the CLI: a program that is not valid in the language fails to compile or run as that
        // language (a compile error needs its compiler; skipped without it).
        if (!byName->missingToolchain().isEmpty() || !byName->compile)
            return;
        const QString path = write(file, "this is not a program\n");
        const Run result = run({QStringLiteral("--json"), path});
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("language")).toString(), language);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("compile_error"));
    }

    void printsCompileDiagnosticsWithJson()
    {
        if (const QString missing = runner::LanguageRegistry::builtin().find(QStringLiteral("cpp"))->missingToolchain();
            !missing.isEmpty())
            QSKIP(qPrintable(missing));
        const QString path = write(QStringLiteral("broken.cpp"), "int main() {\n  return missing;\n}\n");
        const Run result = run({QStringLiteral("--json"), path});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("compile_error"));
        QVERIFY(object.value(QStringLiteral("compile_ms")).toDouble() > 0);
        const QJsonArray diagnostics = object.value(QStringLiteral("diagnostics")).toArray();
        QVERIFY2(!diagnostics.isEmpty(), result.out.constData());
        const QJsonObject first = diagnostics.first().toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 10);
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(first.value(QStringLiteral("message")).toString().contains(QLatin1String("missing")));
        // --std is checked against the language's list before anything runs.
        QCOMPARE(run({QStringLiteral("--std"), QStringLiteral("c++98"), path}).exitCode, int(ExitUsage));
        QCOMPARE(run({QStringLiteral("--std"), QStringLiteral("c++17"), write(QStringLiteral("x.py"), "print(1)\n")}).exitCode,
                 int(ExitUsage));
    }

    void printsOneJsonObjectWithJson()
    {
        const QString path = write(QStringLiteral("hello.py"), "print('hi')\n");
        const Run result = run({QStringLiteral("--json"), path});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.count('\n'), 1);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(object.value(QStringLiteral("stdout")).toString(), QStringLiteral("hi\n"));
        QCOMPARE(object.value(QStringLiteral("profile")).toString(), QStringLiteral("strict"));
        QCOMPARE(object.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        QVERIFY(object.value(QStringLiteral("peak_memory_kb")).toInt() > 0);
    }

    void reportsStrictViolationsWithTheirLines()
    {
        const QString path = write(QStringLiteral("bad.py"), "x = 1\nimport os\nprint(eval('1'))\n");
        const Run result = run({QStringLiteral("--json"), path});
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("security_violation"));
        const QByteArray violations = QJsonDocument(object.value(QStringLiteral("violations")).toArray()).toJson(QJsonDocument::Compact);
        QVERIFY2(violations.contains("\"kind\":\"import\"") && violations.contains("\"line\":2"), violations.constData());
        QVERIFY2(violations.contains("\"kind\":\"builtin\"") && violations.contains("\"line\":3"), violations.constData());
    }

    void setsOnlyTheNamedEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("secret-key-that-must-not-leak"));
        const QString path = write(QStringLiteral("env.py"), "import os\nprint(sorted(os.environ.items()))\n");
        const Run result = run({QStringLiteral("--profile"), QStringLiteral("standard"), QStringLiteral("--env"),
                                QStringLiteral("GREETING=hi"), path},
                               environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("('GREETING', 'hi')"));
        QVERIFY(!result.out.contains("secret-key-that-must-not-leak"));
        QVERIFY(!result.out.contains("GEMINI_API_KEY"));
    }

    void feedsStdinFromAFileOrNothing()
    {
        const QString program = write(QStringLiteral("cat.py"), "import sys\nprint(repr(sys.stdin.read()))\n");
        const QString input = write(QStringLiteral("input.txt"), "line 1\nline 2\n");
        QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("standard"), QStringLiteral("--stdin"), input, program}).out,
                 QByteArray("'line 1\\nline 2\\n'\n"));
        QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("standard"), program}).out, QByteArray("''\n")); // nothing, then EOF
        QCOMPARE(run({QStringLiteral("--stdin"), m_dir.filePath(QStringLiteral("none.txt")), program}).exitCode, int(ExitNoInput));
    }

    void startsFromAnInterpreterKeptWarm()
    {
        // A private runtime directory: the kept-warm hosts of this test only.
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        // Where the program's process was exec'd from: the interpreter, or the host's anonymous copy.
        const QString program = write(QStringLiteral("whoami.py"), "import os\nprint(os.readlink('/proc/self/exe'))\n");
        const QStringList arguments{QStringLiteral("--profile"), QStringLiteral("standard"), program};
        QVERIFY(run(arguments, environment).out.startsWith("/usr/bin/python3"));

        QProcess keeper;
        keeper.setProcessEnvironment(environment);
        keeper.start(QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run"), {QStringLiteral("--keep-warm")});
        const QDir hosts(runtime.filePath(QStringLiteral("code-remote-hosts")));
        // One host per profile, each listening once its socket exists.
        QTRY_COMPARE_WITH_TIMEOUT(hosts.entryList({QStringLiteral("*.sock")}, QDir::System).size(), 2, 20'000);
        const Run warm = run(arguments, environment);
        QCOMPARE(warm.exitCode, 0);
        QCOMPARE(warm.out, QByteArray("/memfd:code-remote-sandbox-host (deleted)\n"));
        const Run strict = run({QStringLiteral("--json"), write(QStringLiteral("ok.py"), "print('ok')\n")}, environment);
        QCOMPARE(QJsonDocument::fromJson(strict.out).object().value(QStringLiteral("stdout")).toString(), QStringLiteral("ok\n"));

        keeper.terminate();
        QVERIFY(keeper.waitForFinished(10'000));
        QCOMPARE(keeper.exitCode(), 0);
        QVERIFY(keeper.readAllStandardError().contains("keeping Python 3 (strict), Python 3 (standard) warm"));
        QCOMPARE(hosts.entryList({QStringLiteral("*.sock")}, QDir::System).size(), 0);
        QVERIFY(run(arguments, environment).out.startsWith("/usr/bin/python3"));
    }

    void keepsServingWarmRunsPastAHostsRunBudget()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        // Three runs per host: its hosts are replaced every few runs below.
        QProcessEnvironment keeperEnvironment = environment;
        keeperEnvironment.insert(QStringLiteral("CODE_REMOTE_HOST_RUNS"), QStringLiteral("3"));
        const QString program = write(QStringLiteral("whoami.py"), "import os\nprint(os.readlink('/proc/self/exe'))\n");
        const QStringList arguments{QStringLiteral("--profile"), QStringLiteral("standard"), program};
        const QByteArray warmExe("/memfd:code-remote-sandbox-host (deleted)\n");

        QProcess keeper;
        keeper.setProcessEnvironment(keeperEnvironment);
        keeper.start(QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run"), {QStringLiteral("--keep-warm")});
        const QDir hosts(runtime.filePath(QStringLiteral("code-remote-hosts")));
        QTRY_COMPARE_WITH_TIMEOUT(hosts.entryList({QStringLiteral("*.sock")}, QDir::System).size(), 2, 20'000);
        // Four budgets' worth of runs: every one succeeds, whichever host (or none) it meets...
        int warm = 0;
        for (int i = 0; i < 12; ++i) {
            const Run result = run(arguments, environment);
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.out == warmExe || result.out.startsWith("/usr/bin/python3"));
            warm += result.out == warmExe ? 1 : 0;
        }
        // (The first host's three at least; the rest depends on how soon each successor is ready.)
        QVERIFY2(warm >= 3, qPrintable(QString::number(warm)));
        qInfo("%d of 12 runs started warm", warm);
        // ...and runs are still served warm after the first hosts have used up their budget.
        // (A run may meet the moment between one host's last run and its successor's start: it goes cold.)
        QVERIFY(QTest::qWaitFor([&] { return run(arguments, environment).out == warmExe; }, 20'000));
        QCOMPARE(keeper.state(), QProcess::Running);
        keeper.terminate();
        QVERIFY(keeper.waitForFinished(10'000));
        QCOMPARE(keeper.exitCode(), 0);
        QCOMPARE(hosts.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot).size(), 0);
    }

    void readsTheProgramFromStandardInput()
    {
        QProcess process;
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run"), {QStringLiteral("-")});
        process.write("print(6 * 7)\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.readAllStandardOutput(), QByteArray("42\n"));
    }

    void addsTheAnalysisToTheJsonResult()
    {
        const QString path = write(QStringLiteral("pairs.py"),
                                   "n = int(input())\nfor i in range(n):\n    for j in range(n):\n        pass\nprint('done')\n");
        const QString input = write(QStringLiteral("n.txt"), "50\n");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("GEMINI_API_KEY"));
        environment.remove(QStringLiteral("CODE_REMOTE_GEMINI_KEY"));
        const Run result = run({QStringLiteral("--analyze"), QStringLiteral("--json"), QStringLiteral("--stdin"), input, path}, environment);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("stdout")).toString(), QStringLiteral("done\n"));
        const QJsonObject analysis = object.value(QStringLiteral("analysis")).toObject();
        QCOMPARE(analysis.value(QStringLiteral("provider")).toString(), QStringLiteral("static"));
        QCOMPARE(analysis.value(QStringLiteral("time")).toString(), QStringLiteral("O(n^2)"));
    }

    void analyzesWithoutRunning()
    {
        // The program would print and wait forever if it ran.
        const QString path = write(QStringLiteral("never.py"), "print('ran')\nwhile True:\n    pass\n");
        const Run json = run({QStringLiteral("--analyze-only"), QStringLiteral("--json"), path});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.out.contains("ran"));
        const QJsonObject analysis = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(analysis.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(analysis.contains(QStringLiteral("time")));
        const Run text = run({QStringLiteral("--analyze-only"), path});
        QVERIFY2(text.err.contains("complexity: time"), text.err.constData());
    }

    void fallsBackToStaticAnalysisWithoutLeakingTheKey()
    {
        // A key is set but Gemini cannot be reached (no network in tests): the static analyzer answers
        // and says why, and the key appears nowhere.
        const QString path = write(QStringLiteral("loop.py"), "n = int(input())\nfor i in range(n):\n    pass\n");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CODE_REMOTE_GEMINI_KEY"), QStringLiteral("AIzaSy-test-key-never-printed"));
        const Run result = run({QStringLiteral("--analyze-only"), QStringLiteral("--json"), path}, environment);
        const QJsonObject analysis = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(analysis.value(QStringLiteral("provider")).toString(), QStringLiteral("static"));
        QVERIFY(!analysis.value(QStringLiteral("fallback_reason")).toString().isEmpty());
        QVERIFY(!result.out.contains("AIzaSy-test-key-never-printed"));
        QVERIFY(!result.err.contains("AIzaSy-test-key-never-printed"));
    }

    void printsTheSandboxLayers()
    {
        const Run text = run({QStringLiteral("--sandbox-info")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Seccomp"));
        const Run json = run({QStringLiteral("--sandbox-info"), QStringLiteral("--json")});
        const QJsonObject object = QJsonDocument::fromJson(json.out).object();
        QVERIFY(object.value(QStringLiteral("layers")).toArray().size() >= 10);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
