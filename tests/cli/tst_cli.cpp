// code-remote-run: argument parsing as a unit, and the binary's contract through real processes.
#include <cli/CliOptions.h>
#include <runner/HostDirectories.h>
#include <runner/Language.h>
#include <runner/SandboxHostPool.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <memory>
#include <vector>
#include <sys/stat.h>
#include <unistd.h>

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

    // The warm host's tests: in a runtime directory of their own, switched on, leaving after `idle` s.
    static QProcessEnvironment warmEnvironment(const QString &runtime, int idleSeconds)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("CODE_REMOTE_WARM_HOST"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        environment.insert(QStringLiteral("CODE_REMOTE_WARM_HOST_IDLE"), QString::number(idleSeconds));
        return environment;
    }
    // The process that keeps the hosts in `runtime` (for a host binary other than the built one: `host`).
    static pid_t ownerIn(const QString &runtime, const QString &host = QString())
    {
        if (!host.isEmpty())
            qputenv("CODE_REMOTE_SANDBOX_HOST", QFile::encodeName(host));
        const QString lock = runner::SandboxHostPool::ownerLockName();
        qunsetenv("CODE_REMOTE_SANDBOX_HOST");
        return pid_t(runner::HostDirectories::owner(runtime + QStringLiteral("/code-remote-hosts"), lock));
    }
    static int socketsIn(const QString &runtime)
    {
        return QDir(runtime + QStringLiteral("/code-remote-hosts")).entryList({QStringLiteral("*.sock")}, QDir::System).size();
    }
    // `pid` and every process below it, each with its start time (so that a reused id is not taken for it).
    static QList<QPair<pid_t, QByteArray>> treeOf(pid_t pid)
    {
        QList<QPair<pid_t, QByteArray>> tree{{pid, startTimeOf(pid)}};
        for (int i = 0; i < tree.size(); ++i) {
            QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(tree[i].first));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &child : children.readAll().split(' ')) {
                if (!child.trimmed().isEmpty())
                    tree.append({pid_t(child.trimmed().toInt()), startTimeOf(pid_t(child.trimmed().toInt()))});
            }
        }
        return tree;
    }
    static QByteArray startTimeOf(pid_t pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        // State and start time (the 20th field after the name); a zombie counts as gone.
        return fields.size() > 19 && fields.at(0) != "Z" ? fields.at(19) : QByteArray();
    }
    static bool anyAlive(const QList<QPair<pid_t, QByteArray>> &tree)
    {
        return std::any_of(tree.cbegin(), tree.cend(), [](const QPair<pid_t, QByteArray> &process) {
            return !process.second.isEmpty() && startTimeOf(process.first) == process.second;
        });
    }
    // Stops the owner in `runtime` as SIGTERM does, and waits for it and its hosts to be gone.
    static bool stopOwner(const QString &runtime, const QString &host = QString())
    {
        const pid_t owner = ownerIn(runtime, host);
        if (owner <= 0)
            return true;
        const auto tree = treeOf(owner);
        ::kill(owner, SIGTERM);
        return QTest::qWaitFor([&] { return !anyAlive(tree); }, 30'000);
    }
    const QByteArray m_warmExe = "/memfd:code-remote-sandbox-host (deleted)\n";
    // A standard run that prints where its process was exec'd from: the interpreter, or a host.
    QStringList whoAmI()
    {
        return {QStringLiteral("--profile"), QStringLiteral("standard"),
                write(QStringLiteral("whoami.py"), "import os\nprint(os.readlink('/proc/self/exe'))\n")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Runs of this suite leave no warm host behind: the tests of the warm host switch it on for
        // themselves, in a runtime directory of their own.
        qputenv("CODE_REMOTE_WARM_HOST", "0");
    }

    void parsesTheDocumentedOptions()
    {
        const ParseOutcome parsed = parseArguments(
            {QStringLiteral("--profile"), QStringLiteral("standard"), QStringLiteral("--timeout"), QStringLiteral("2.5"),
             QStringLiteral("--cpu-time"), QStringLiteral("1"), QStringLiteral("--memory"), QStringLiteral("64"),
             QStringLiteral("--output-limit"), QStringLiteral("16"), QStringLiteral("--env"), QStringLiteral("A=b=c"),
             QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("prog.py")},
            {});
        QCOMPARE(parsed.exitCode, 0);
        QVERIFY(parsed.options.verbose);
        // The precompiled header's build takes no program.
        QVERIFY(parseArguments({QStringLiteral("--build-precompiled-header"), QStringLiteral("--std"), QStringLiteral("c++20")}, {})
                    .options.buildPrecompiledHeader);
        QCOMPARE(parseArguments({QStringLiteral("--build-precompiled-header"), QStringLiteral("prog.cpp")}, {}).exitCode,
                 int(ExitUsage));
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

    // A .mjs file runs as an ES module (its extension picks `--std module`); --std commonjs overrides it.
    void runsAnMjsFileAsAnEsModule()
    {
        if (const QString missing = runner::LanguageRegistry::builtin().find(QStringLiteral("javascript"))->missingToolchain();
            !missing.isEmpty())
            QSKIP(qPrintable(missing));
        const QString path = write(QStringLiteral("tool.mjs"), "import { sep } from 'node:path';\n"
                                                               "const n = await Promise.resolve(sep.length);\n"
                                                               "console.log(n, typeof require);\n");
        Run result = run({path});
        QCOMPARE(result.err, QByteArray());
        QCOMPARE(result.out, QByteArray("1 undefined\n"));
        QCOMPARE(result.exitCode, 0);
        const QString script = write(QStringLiteral("plain.mjs"), "console.log(typeof require);\n");
        QCOMPARE(run({QStringLiteral("--std"), QStringLiteral("commonjs"), script}).out, QByteArray("function\n"));
        QCOMPARE(run({script}).out, QByteArray("undefined\n"));
        QCOMPARE(run({QStringLiteral("--std"), QStringLiteral("c++17"), script}).exitCode, int(ExitUsage));
    }

    // The first <bits/stdc++.h> program does not wait for the precompiled header: it compiles without
    // it, says so with --verbose, and the header is built by a process of its own that outlives the run.
    // Two builders at once build it once.
    void buildsThePrecompiledHeaderInAProcessOfItsOwn()
    {
        if (const QString missing = runner::LanguageRegistry::builtin().find(QStringLiteral("cpp"))->missingToolchain();
            !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
        const QString path = write(QStringLiteral("bits.cpp"), "#include <bits/stdc++.h>\n"
                                                               "int main() { std::vector<int> v{2, 1}; std::sort(v.begin(), v.end());"
                                                               " std::cout << v[0] << v[1] << '\\n'; }\n");
        const Run first = run({QStringLiteral("--verbose"), path}, environment);
        QCOMPARE(first.out, QByteArray("12\n"));
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains("code-remote-run: building the precompiled <bits/stdc++.h> in the background"), first.err.constData());
        QVERIFY2(first.err.contains("code-remote-run: compiling\ncode-remote-run: running\n"), first.err.constData());
        const QString pch = cache.path() + QStringLiteral("/code-remote/pch");
        auto sums = [&pch] { return QDir(pch).entryList({QStringLiteral("*.sum")}, QDir::Files); };
        QTRY_COMPARE_WITH_TIMEOUT(sums().size(), 1, 300'000);
        const Run ready = run({QStringLiteral("--build-precompiled-header")}, environment);
        QCOMPARE(ready.exitCode, 0);
        QVERIFY2(ready.err.contains("is ready"), ready.err.constData());

        // Two builders of a header nobody has built (c++20's) at once: one builds, the other does not.
        std::vector<std::unique_ptr<QProcess>> builders;
        for (int i = 0; i < 2; ++i) {
            builders.push_back(std::make_unique<QProcess>());
            builders.back()->setProcessEnvironment(environment);
            builders.back()->start(QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run"),
                                   {QStringLiteral("--build-precompiled-header"), QStringLiteral("--std"), QStringLiteral("c++20")});
        }
        int built = 0;
        for (const auto &builder : builders) {
            QVERIFY(builder->waitForFinished(300'000));
            QCOMPARE(builder->exitCode(), 0);
            const QByteArray said = builder->readAllStandardError();
            built += said.contains("built the precompiled") ? 1 : 0;
            QVERIFY2(said.contains("built the precompiled") || said.contains("being built by another process")
                         || said.contains("is ready"),
                     said.constData());
        }
        QCOMPARE(built, 1);
        QCOMPARE(sums().size(), 2);
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

    void startsAWarmHostOnFirstUseAndLeavesWhenIdle()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        // Long enough that it does not leave between the runs below, on a loaded machine too.
        QProcessEnvironment environment = warmEnvironment(runtime.path(), 8);
        environment.insert(QStringLiteral("CODE_REMOTE_GEMINI_KEY"), QStringLiteral("caller-secret-never-copied"));
        const QStringList arguments = whoAmI();
        // The first run works as ever (cold: the host it started is still loading) and starts the owner.
        const Run first = run(arguments, environment);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.out == m_warmExe || first.out.startsWith("/usr/bin/python3"));
        QTRY_VERIFY_WITH_TIMEOUT(ownerIn(runtime.path()) > 0, 20'000);
        const pid_t owner = ownerIn(runtime.path());
        // Detached from its caller: standard streams on /dev/null (a caller reading our output to its
        // end does not wait for it), none of the caller's secrets.
        for (int fd = 0; fd <= 2; ++fd)
            QCOMPARE(QFile::symLinkTarget(QStringLiteral("/proc/%1/fd/%2").arg(owner).arg(fd)), QStringLiteral("/dev/null"));
        QFile environ(QStringLiteral("/proc/%1/environ").arg(owner));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        QVERIFY(!environ.readAll().contains("caller-secret-never-copied"));
        // Later runs start from its hosts, both profiles.
        QVERIFY(QTest::qWaitFor([&] { return run(arguments, environment).out == m_warmExe; }, 20'000));
        const Run strict = run({QStringLiteral("--json"), write(QStringLiteral("ok.py"), "print('ok')\n")}, environment);
        QCOMPARE(QJsonDocument::fromJson(strict.out).object().value(QStringLiteral("stdout")).toString(), QStringLiteral("ok\n"));
        // Each profile's host is published once it is ready; the strict one loads its guard too, so it
        // may still be loading when a standard run is already served warm.
        QTRY_COMPARE_WITH_TIMEOUT(socketsIn(runtime.path()), 2, 20'000);
        QCOMPARE(ownerIn(runtime.path()), owner); // one owner, however many runs
        const auto tree = treeOf(owner);
        QVERIFY2(tree.size() >= 3, qPrintable(QString::number(tree.size()))); // the owner and a host per profile
        // Eight seconds without a run: it leaves with its hosts, and leaves nothing in the directory.
        QTRY_VERIFY_WITH_TIMEOUT(!anyAlive(tree), 60'000);
        QCOMPARE(QDir(runtime.filePath(QStringLiteral("code-remote-hosts"))).entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot).size(), 0);
    }

    void warmHostCanBeSwitchedOff()
    {
        QVERIFY(parseArguments({QStringLiteral("--no-warm-host"), QStringLiteral("x.py")}, {}).options.noWarmHost);
        QVERIFY(!parseArguments({QStringLiteral("x.py")}, {}).options.noWarmHost);
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QString program = write(QStringLiteral("hello.py"), "print('hello')\n");
        QProcessEnvironment off = warmEnvironment(runtime.path(), 60);
        off.insert(QStringLiteral("CODE_REMOTE_WARM_HOST"), QStringLiteral("0"));
        QCOMPARE(run({program}, off).out, QByteArray("hello\n"));
        off.insert(QStringLiteral("CODE_REMOTE_WARM_HOST"), QStringLiteral("off"));
        QCOMPARE(run({program}, off).out, QByteArray("hello\n"));
        QCOMPARE(run({QStringLiteral("--no-warm-host"), program}, warmEnvironment(runtime.path(), 60)).out, QByteArray("hello\n"));
        // An owner takes its lock within milliseconds of its start: none came.
        QTest::qWait(2'000);
        QCOMPARE(ownerIn(runtime.path()), pid_t(0));
        QCOMPARE(QDir(runtime.filePath(QStringLiteral("code-remote-hosts"))).entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot).size(), 0);
    }

    void fallsBackFromADeadWarmHost()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QProcessEnvironment environment = warmEnvironment(runtime.path(), 120);
        const QStringList arguments = whoAmI();
        QCOMPARE(run(arguments, environment).exitCode, 0);
        QVERIFY(QTest::qWaitFor([&] { return run(arguments, environment).out == m_warmExe; }, 20'000));
        QTRY_COMPARE_WITH_TIMEOUT(socketsIn(runtime.path()), 2, 20'000); // both profiles' hosts ready
        // Killed outright: its hosts follow it (they die with their owner), its sockets stay, dead.
        const pid_t killed = ownerIn(runtime.path());
        const auto tree = treeOf(killed);
        QCOMPARE(::kill(killed, SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!anyAlive(tree), 30'000);
        QCOMPARE(socketsIn(runtime.path()), 2);
        // A run meets a socket nobody answers on: it runs cold, without a word, and starts a new owner.
        const Run after = run(arguments, environment);
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.startsWith("/usr/bin/python3") || after.out == m_warmExe);
        QVERIFY(after.err.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(ownerIn(runtime.path()) > 0, 20'000);
        QVERIFY(ownerIn(runtime.path()) != killed);
        QVERIFY(QTest::qWaitFor([&] { return run(arguments, environment).out == m_warmExe; }, 20'000));
        QVERIFY(stopOwner(runtime.path()));
        QCOMPARE(socketsIn(runtime.path()), 0);
    }

    void warmHostLeavesWhenItsBinaryIsReplaced()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QString host = m_dir.filePath(QStringLiteral("code-remote-sandbox-host"));
        const QString built = QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-sandbox-host");
        QVERIFY(QFile::copy(built, host));
        QProcessEnvironment environment = warmEnvironment(runtime.path(), 120);
        environment.insert(QStringLiteral("CODE_REMOTE_SANDBOX_HOST"), host);
        const QStringList arguments = whoAmI();
        QCOMPARE(run(arguments, environment).exitCode, 0);
        QVERIFY(QTest::qWaitFor([&] { return run(arguments, environment).out == m_warmExe; }, 20'000));
        const pid_t owner = ownerIn(runtime.path(), host);
        QVERIFY(owner > 0);
        const auto tree = treeOf(owner);
        // An upgrade: a new file renamed over the old one.
        const QString upgrade = host + QStringLiteral(".new");
        QVERIFY(QFile::copy(built, upgrade));
        QCOMPARE(::rename(QFile::encodeName(upgrade).constData(), QFile::encodeName(host).constData()), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!anyAlive(tree), 30'000);
        QCOMPARE(socketsIn(runtime.path()), 0);
        // The next run starts an owner of the new build.
        QCOMPARE(run(arguments, environment).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(ownerIn(runtime.path(), host) > 0, 20'000);
        QVERIFY(stopOwner(runtime.path(), host));
        QVERIFY(QFile::remove(host));
    }

    void keepsTheWarmHostToThisUser()
    {
        const QString program = write(QStringLiteral("hello.py"), "print('hello')\n");
        auto nothingStartsIn = [&](const QString &runtime, const QString &watched) {
            const Run result = run({program}, warmEnvironment(runtime, 60));
            if (result.exitCode != 0 || result.out != "hello\n")
                return false;
            QTest::qWait(1'000);
            return QDir(watched).entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot).isEmpty();
        };
        // A host directory others may enter: not used, nothing put there (another user could have
        // planted a socket that would receive the programs).
        QTemporaryDir open;
        QVERIFY(QDir().mkdir(open.filePath(QStringLiteral("code-remote-hosts"))));
        QVERIFY(::chmod(QFile::encodeName(open.filePath(QStringLiteral("code-remote-hosts"))).constData(), 0755) == 0);
        QVERIFY(nothingStartsIn(open.path(), open.filePath(QStringLiteral("code-remote-hosts"))));
        // A link planted in its place: never followed.
        QTemporaryDir linked;
        const QString target = linked.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkdir(target));
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0700) == 0);
        QVERIFY(QFile::link(target, linked.filePath(QStringLiteral("code-remote-hosts"))));
        QVERIFY(nothingStartsIn(linked.path(), target));
        // Another user's directory (as root: made for nobody).
        if (::geteuid() == 0) {
            QTemporaryDir foreign;
            const QString hosts = foreign.filePath(QStringLiteral("code-remote-hosts"));
            QVERIFY(QDir().mkdir(hosts));
            QVERIFY(::chmod(QFile::encodeName(hosts).constData(), 0700) == 0);
            QVERIFY(::chown(QFile::encodeName(hosts).constData(), 65534, 65534) == 0);
            QVERIFY(nothingStartsIn(foreign.path(), hosts));
        }
    }

    void startsOneWarmHostWhenFirstRunsRace()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QProcessEnvironment environment = warmEnvironment(runtime.path(), 120);
        const QString program = write(QStringLiteral("hello.py"), "print('hello')\n");
        // Four first runs at once: each may start an owner, one keeps the hosts, the others leave at once.
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < 4; ++i) {
            runs.push_back(std::make_unique<QProcess>());
            runs.back()->setProcessEnvironment(environment);
            runs.back()->start(QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run"), {program});
        }
        for (const auto &process : runs) {
            QVERIFY(process->waitForFinished(30'000));
            QCOMPARE(process->readAllStandardOutput(), QByteArray("hello\n"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(ownerIn(runtime.path()) > 0, 20'000);
        const pid_t owner = ownerIn(runtime.path());
        // Every owner process of this runtime directory, by its environment: only the one.
        auto ownersOfThisDirectory = [&] {
            QList<pid_t> owners;
            const QByteArray mark = "XDG_RUNTIME_DIR=" + QFile::encodeName(runtime.path());
            for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
                bool numeric = false;
                const pid_t pid = pid_t(entry.toInt(&numeric));
                QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(entry));
                QFile environ(QStringLiteral("/proc/%1/environ").arg(entry));
                if (!numeric || !commandLine.open(QIODevice::ReadOnly) || !environ.open(QIODevice::ReadOnly))
                    continue;
                if (commandLine.readAll().contains("--warm-host-owner") && environ.readAll().split('\0').contains(mark) &&
                    !startTimeOf(pid).isEmpty())
                    owners << pid;
            }
            return owners;
        };
        QTRY_COMPARE_WITH_TIMEOUT(ownersOfThisDirectory(), QList<pid_t>{owner}, 20'000);
        QVERIFY(stopOwner(runtime.path()));
        QCOMPARE(ownersOfThisDirectory(), QList<pid_t>{});
    }

    void aCallerReadingTheOutputToItsEndDoesNotWaitForTheWarmHost()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QString program = write(QStringLiteral("hello.py"), "print('hello')\n");
        // The shell reads the run's output until every writer has closed it: the owner the run starts
        // must not hold it (it stays for two minutes here).
        QProcess shell;
        shell.setProcessEnvironment(warmEnvironment(runtime.path(), 120));
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("out=$(\"$0\" \"$1\" 2>&1); echo \"[$out]\""),
                     QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run"), program});
        QVERIFY(shell.waitForFinished(60'000));
        QCOMPARE(shell.readAllStandardOutput(), QByteArray("[hello]\n"));
        QTRY_VERIFY_WITH_TIMEOUT(ownerIn(runtime.path()) > 0, 20'000);
        QVERIFY(stopOwner(runtime.path()));
    }

    void neverSendsAProgramToAHostOfAnotherUser()
    {
        if (::geteuid() != 0)
            QSKIP("planting a listener of another user needs root");
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QStringList arguments = whoAmI();
        QCOMPARE(run(arguments, warmEnvironment(runtime.path(), 120)).exitCode, 0);
        QVERIFY(QTest::qWaitFor([&] { return run(arguments, warmEnvironment(runtime.path(), 120)).out == m_warmExe; }, 20'000));
        const QDir hosts(runtime.filePath(QStringLiteral("code-remote-hosts")));
        const QStringList names = hosts.entryList({QStringLiteral("*.sock")}, QDir::System);
        QCOMPARE(names.size(), 2);
        const pid_t owner = ownerIn(runtime.path());
        const auto tree = treeOf(owner);
        ::kill(owner, SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(!anyAlive(tree), 30'000);
        // In their place, listeners of this user's files but another user's process (nobody): what a
        // socket passed on by another user looks like. The run must check who answers before it sends.
        std::vector<std::string> paths;
        for (const QString &name : names)
            paths.push_back(QFile::encodeName(hosts.filePath(name)).toStdString());
        int done[2];
        int report[2];
        QVERIFY(::pipe(done) == 0 && ::pipe(report) == 0);
        const pid_t planter = ::fork();
        if (planter == 0) {
            ::close(done[1]);
            ::close(report[0]);
            std::vector<int> listeners;
            for (const std::string &path : paths) {
                ::unlink(path.c_str());
                sockaddr_un address{};
                address.sun_family = AF_UNIX;
                std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
                const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
                if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::chmod(path.c_str(), 0600) != 0)
                    ::_exit(2);
                listeners.push_back(fd);
            }
            // Credentials are taken at listen(): from here on, nobody's.
            if (::setresgid(65534, 65534, 65534) != 0 || ::setresuid(65534, 65534, 65534) != 0)
                ::_exit(3);
            for (const int fd : listeners)
                ::listen(fd, 8);
            (void)!::write(report[1], "L", 1); // listening
            long received = 0;
            for (;;) {
                std::vector<pollfd> fds{{done[0], POLLIN, 0}};
                for (const int fd : listeners)
                    fds.push_back({fd, POLLIN, 0});
                if (::poll(fds.data(), nfds_t(fds.size()), 60'000) <= 0)
                    break; // never for longer than a minute, whatever the test does
                for (size_t i = 1; i < fds.size(); ++i) {
                    if (!(fds[i].revents & POLLIN))
                        continue;
                    const int connection = ::accept(fds[i].fd, nullptr, nullptr);
                    char buffer[4096];
                    ssize_t n = 0;
                    while (connection >= 0 && (n = ::read(connection, buffer, sizeof buffer)) > 0)
                        received += n;
                    if (connection >= 0)
                        ::close(connection);
                }
                if (fds[0].revents & (POLLIN | POLLHUP))
                    break;
            }
            (void)!::write(report[1], &received, sizeof received);
            ::_exit(0);
        }
        // Gone on every way out of this test, a failed check included.
        struct Reaper
        {
            pid_t pid;
            ~Reaper()
            {
                ::kill(pid, SIGKILL);
                ::waitpid(pid, nullptr, 0);
            }
        } reaper{planter};
        ::close(done[0]);
        ::close(report[1]);
        char listening = 0;
        QCOMPARE(::read(report[0], &listening, 1), ssize_t(1));
        QCOMPARE(listening, 'L');
        // Without starting a new owner (which would replace them): the run goes cold, and tells nobody.
        QProcessEnvironment off = warmEnvironment(runtime.path(), 120);
        off.insert(QStringLiteral("CODE_REMOTE_WARM_HOST"), QStringLiteral("0"));
        const Run cold = run(arguments, off);
        const Run strict = run({QStringLiteral("--json"), write(QStringLiteral("ok.py"), "print('ok')\n")}, off);
        ::close(done[1]); // the planter reports what it received, and leaves
        long received = -1;
        QCOMPARE(::read(report[0], &received, sizeof received), ssize_t(sizeof received));
        ::close(report[0]);
        QCOMPARE(cold.exitCode, 0);
        QVERIFY2(cold.out.startsWith("/usr/bin/python3"), cold.out.constData());
        QCOMPARE(QJsonDocument::fromJson(strict.out).object().value(QStringLiteral("stdout")).toString(), QStringLiteral("ok\n"));
        QCOMPARE(received, 0L);
    }

    void keepWarmTakesOverFromTheWarmHost()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        const QProcessEnvironment environment = warmEnvironment(runtime.path(), 120);
        const QStringList arguments = whoAmI();
        QCOMPARE(run(arguments, environment).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(ownerIn(runtime.path()) > 0, 20'000);
        const auto started = treeOf(ownerIn(runtime.path()));
        // One owner per user and build: the one a run started gives way to --keep-warm.
        QProcess keeper;
        keeper.setProcessEnvironment(environment);
        keeper.start(QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run"), {QStringLiteral("--keep-warm")});
        QTRY_VERIFY_WITH_TIMEOUT(ownerIn(runtime.path()) == pid_t(keeper.processId()), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!anyAlive(started), 30'000);
        QVERIFY(QTest::qWaitFor([&] { return run(arguments, environment).out == m_warmExe; }, 20'000));
        QCOMPARE(ownerIn(runtime.path()), pid_t(keeper.processId())); // runs start no owner of their own meanwhile
        keeper.terminate();
        QVERIFY(keeper.waitForFinished(10'000));
        QCOMPARE(keeper.exitCode(), 0);
        QCOMPARE(QDir(runtime.filePath(QStringLiteral("code-remote-hosts"))).entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot).size(), 0);
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

    void analyzesCppWithoutRunning()
    {
        // C++ through its parser (libclang) and the analyzer, both in the sandbox; nothing is compiled or run.
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/clang/cindex.py")))
            QSKIP("no python3-clang (scripts/packages/test.txt installs it)");
        const QString path = write(QStringLiteral("search.cpp"),
                                   "#include <bits/stdc++.h>\nusing namespace std;\nint main() {\n"
                                   "  cout << \"ran\" << endl;\n  long long n; cin >> n;\n  long long lo = 0, hi = n;\n"
                                   "  while (lo < hi) {\n    long long mid = (lo + hi) / 2;\n"
                                   "    if (mid * mid < n) lo = mid + 1; else hi = mid;\n  }\n"
                                   "  system(\"ls\");\n  cout << lo << endl;\n}\n");
        const Run json = run({QStringLiteral("--analyze-only"), QStringLiteral("--json"), path});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.out.contains("ran"));
        const QJsonObject analysis = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(analysis.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(analysis.value(QStringLiteral("time")).toString(), QStringLiteral("O(log n)"));
        const QJsonArray risks = analysis.value(QStringLiteral("risks")).toArray();
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("system_command"));
        QCOMPARE(risks.first().toObject().value(QStringLiteral("line")).toInt(), 11);
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
