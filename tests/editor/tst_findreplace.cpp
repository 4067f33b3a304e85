#include <editor/EditorLanguages.h>
#include <editor/FindReplace.h>

#include <QTest>

using editor::FindOptions;
using editor::FindReplace;

// The matching rules of find/replace, without any widget.
class TestFindReplace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsPlainTextCaseInsensitiveByDefault()
    {
        const FindReplace finder(QStringLiteral("print"), FindOptions{});
        const auto match = finder.findNext(QStringLiteral("x = 1\nPRINT(x)\n"), 0);
        QVERIFY(match);
        QCOMPARE(match->start, 6);
        QCOMPARE(match->length, 5);
    }

    void respectsCaseWhenAsked()
    {
        FindOptions options;
        options.caseSensitive = true;
        QVERIFY(!FindReplace(QStringLiteral("print"), options).findNext(QStringLiteral("PRINT"), 0));
    }

    void wholeWordSkipsPartsOfWords()
    {
        FindOptions options;
        options.wholeWord = true;
        const auto match = FindReplace(QStringLiteral("in"), options).findNext(QStringLiteral("print(x in y)"), 0);
        QVERIFY(match);
        QCOMPARE(match->start, 8);
    }

    void plainTextTreatsRegexCharactersLiterally()
    {
        const auto match = FindReplace(QStringLiteral("a.b("), FindOptions{}).findNext(QStringLiteral("axb( a.b("), 0);
        QVERIFY(match);
        QCOMPARE(match->start, 5);
    }

    void wrapsAroundToTheStart()
    {
        const QString text = QStringLiteral("foo bar foo");
        const auto match = FindReplace(QStringLiteral("foo"), FindOptions{}).findNext(text, 9);
        QVERIFY(match);
        QCOMPARE(match->start, 0);
        FindOptions noWrap;
        noWrap.wrapAround = false;
        QVERIFY(!FindReplace(QStringLiteral("foo"), noWrap).findNext(text, 9));
    }

    void searchesBackwards()
    {
        FindOptions options;
        options.backwards = true;
        const QString text = QStringLiteral("foo bar foo bar");
        QCOMPARE(FindReplace(QStringLiteral("foo"), options).findNext(text, 11)->start, 8);
        QCOMPARE(FindReplace(QStringLiteral("foo"), options).findNext(text, 8)->start, 0);
        // Wraps to the last match.
        QCOMPARE(FindReplace(QStringLiteral("foo"), options).findNext(text, 0)->start, 8);
    }

    void regexReplaceAllExpandsGroups()
    {
        FindOptions options;
        options.regularExpression = true;
        const FindReplace finder(QStringLiteral(R"(print\((\w+)\))"), options);
        const auto result = finder.replaceAll(QStringLiteral("print(a)\nprint(b)\nx = print"), QStringLiteral("log(\\1, $1)"));
        QCOMPARE(result.count, 2);
        QCOMPARE(result.text, QStringLiteral("log(a, a)\nlog(b, b)\nx = print"));
    }

    void regexAnchorsWorkPerLine()
    {
        FindOptions options;
        options.regularExpression = true;
        const auto result = FindReplace(QStringLiteral("^x"), options).replaceAll(QStringLiteral("x\nx\nyx"), QStringLiteral("z"));
        QCOMPARE(result.count, 2);
        QCOMPARE(result.text, QStringLiteral("z\nz\nyx"));
    }

    void invalidRegexReportsErrorAndReplacesNothing()
    {
        FindOptions options;
        options.regularExpression = true;
        const FindReplace finder(QStringLiteral("(unclosed"), options);
        QVERIFY(!finder.errorString().isEmpty());
        QVERIFY(!finder.findNext(QStringLiteral("(unclosed"), 0));
        QCOMPARE(finder.replaceAll(QStringLiteral("abc"), QStringLiteral("x")).count, 0);
    }

    void emptyMatchesAreSkipped()
    {
        FindOptions options;
        options.regularExpression = true;
        const auto match = FindReplace(QStringLiteral("x*"), options).findNext(QStringLiteral("abxx"), 0);
        QVERIFY(match);
        QCOMPARE(match->start, 2);
        QCOMPARE(match->length, 2);
    }

    void registryMapsExtensionsToLanguages()
    {
        const auto &registry = editor::EditorLanguages::builtin();
        QCOMPARE(registry.forFileName(QStringLiteral("/x/a.py"))->id, QStringLiteral("python"));
        QCOMPARE(registry.forFileName(QStringLiteral("b.JS"))->id, QStringLiteral("javascript"));
        QCOMPARE(registry.forFileName(QStringLiteral("c.hpp"))->id, QStringLiteral("cpp"));
        QCOMPARE(registry.forFileName(QStringLiteral("D.java"))->id, QStringLiteral("java"));
        QVERIFY(!registry.forFileName(QStringLiteral("README")));
        QCOMPARE(registry.find(QStringLiteral("python"))->runnerLanguageId, QStringLiteral("python"));
        for (const auto &language : registry.languages()) {
            // Every language the editor knows runs (issue 18): the runner knows it by the same id.
            QCOMPARE(language.runnerLanguageId, language.id);
            QVERIFY2(language.createLexer, qPrintable(language.id));
            QVERIFY(!language.lineComment.isEmpty());
            QVERIFY(!language.keywords.isEmpty());
        }
        QVERIFY(registry.fileDialogFilters(QStringLiteral("All files")).contains(QStringLiteral("Python (*.py *.pyw)")));
    }
};

QTEST_GUILESS_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
