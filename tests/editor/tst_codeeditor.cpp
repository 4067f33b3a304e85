#include <editor/CodeEditor.h>
#include <editor/EditorFeatures.h>
#include <editor/EditorSearch.h>
#include <editor/EditorLanguages.h>

#include <Qsci/qscilexerpython.h>

#include <QTest>

using editor::CodeEditor;

// The editor widget and its feature objects, driven through real key events where it matters.
class TestCodeEditor : public QObject
{
    Q_OBJECT
private:
    static CodeEditor *pythonEditor(const QString &text = QString())
    {
        auto *e = new CodeEditor;
        e->setLanguage(editor::EditorLanguages::builtin().find(QStringLiteral("python")));
        e->setText(text);
        e->resize(600, 400);
        return e;
    }

private Q_SLOTS:
    void usesThePythonLexerForPython()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor());
        QVERIFY(qobject_cast<QsciLexerPython *>(e->lexer()));
        e->setLanguage(editor::EditorLanguages::builtin().find(QStringLiteral("cpp")));
        QCOMPARE(e->lexer()->language(), "C++");
        e->setLanguage(nullptr);
        QVERIFY(!e->lexer());
    }

    void featuresAreOnByDefaultAndCanBeSwitchedOff()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor(QStringLiteral("x = 1\n")));
        QVERIFY(e->marginWidth(0) > 0);
        QVERIFY(e->SendScintilla(QsciScintillaBase::SCI_GETCARETLINEVISIBLE));
        QCOMPARE(e->folding(), QsciScintilla::BoxedTreeFoldStyle);
        QCOMPARE(e->braceMatching(), QsciScintilla::SloppyBraceMatch);
        QVERIFY(e->indentationGuides());
        e->lineNumbers()->setEnabled(false);
        QCOMPARE(e->marginWidth(0), 0);
        e->currentLineHighlight()->setEnabled(false);
        QVERIFY(!e->SendScintilla(QsciScintillaBase::SCI_GETCARETLINEVISIBLE));
        e->codeFolding()->setEnabled(false);
        QCOMPARE(e->folding(), QsciScintilla::NoFoldStyle);
    }

    void enterAfterColonIndentsOneLevel()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor());
        e->show();
        QVERIFY(QTest::qWaitForWindowExposed(e.get()));
        e->setFocus();
        QTest::keyClicks(e->viewport(), QStringLiteral("def f(x):  # comment"));
        QTest::keyClick(e->viewport(), Qt::Key_Return);
        QTest::keyClicks(e->viewport(), QStringLiteral("return x"));
        QTest::keyClick(e->viewport(), Qt::Key_Return);
        QTest::keyClicks(e->viewport(), QStringLiteral("y"));
        QCOMPARE(e->text(), QStringLiteral("def f(x):  # comment\n    return x\n    y"));
    }

    void toggleCommentCommentsAndUncommentsTheSelection()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor(QStringLiteral("if x:\n    a = 1\n    b = 2\n")));
        e->setSelection(1, 0, 3, 0);
        e->toggleComment();
        QCOMPARE(e->text(), QStringLiteral("if x:\n    # a = 1\n    # b = 2\n"));
        e->setSelection(1, 0, 3, 0);
        e->toggleComment();
        QCOMPARE(e->text(), QStringLiteral("if x:\n    a = 1\n    b = 2\n"));
    }

    void goToLineLandsOnFirstNonBlank()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor(QStringLiteral("a\nb\n    c\n")));
        e->goToLine(3);
        QCOMPARE(e->currentLine(), 3);
        QCOMPARE(e->currentColumn(), 5);
        e->goToLine(99);
        QCOMPARE(e->currentLine(), 4);
    }

    void errorMarkersFollowEditsAndCarryMessages()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor(QStringLiteral("a\nb\nc\n")));
        e->errorMarkers()->mark(2, QStringLiteral("NameError: b"));
        QCOMPARE(e->errorMarkers()->messageAt(2), QStringLiteral("NameError: b"));
        e->insertAt(QStringLiteral("new\n"), 0, 0);
        QCOMPARE(e->errorMarkers()->lines(), QList<int>{3});
        QCOMPARE(e->errorMarkers()->messageAt(3), QStringLiteral("NameError: b"));
        e->errorMarkers()->clear();
        QVERIFY(e->errorMarkers()->lines().isEmpty());
    }

    void regexReplaceAllIsOneUndoStep()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor(QStringLiteral("print(a)\nprint(b)\n")));
        editor::FindOptions options;
        options.regularExpression = true;
        editor::EditorSearch search(e.get());
        QCOMPARE(search.replaceAll(QStringLiteral(R"(print\((\w)\))"), QStringLiteral("log(\\1)"), options), 2);
        QCOMPARE(e->text(), QStringLiteral("log(a)\nlog(b)\n"));
        e->undo();
        QCOMPARE(e->text(), QStringLiteral("print(a)\nprint(b)\n"));
    }

    void findSelectsMatchesAcrossNonAsciiText()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor(QStringLiteral("s = 'häßlich'\nt = 'ß'\n")));
        editor::EditorSearch search(e.get());
        QVERIFY(search.findNext(QStringLiteral("ß"), editor::FindOptions{}));
        QCOMPARE(e->selectedText(), QStringLiteral("ß"));
        QVERIFY(search.findNext(QStringLiteral("ß"), editor::FindOptions{}));
        int line = 0, index = 0, lineTo = 0, indexTo = 0;
        e->getSelection(&line, &index, &lineTo, &indexTo);
        QCOMPARE(line, 1);
        QVERIFY(search.replaceNext(QStringLiteral("ß"), QStringLiteral("ss"), editor::FindOptions{}));
        QCOMPARE(e->text(), QStringLiteral("s = 'häßlich'\nt = 'ss'\n"));
    }

    void completionUsesKeywordsBuiltinsAndDocumentWords()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor(QStringLiteral("my_variable = 1\n")));
        QCOMPARE(e->autoCompletionSource(), QsciScintilla::AcsAll);
        QCOMPARE(e->autoCompletionThreshold(), 2);
        e->completion()->setThreshold(3);
        QCOMPARE(e->autoCompletionThreshold(), 3);
        QVERIFY(e->lexer()->apis());
        e->completion()->setEnabled(false);
        QCOMPARE(e->autoCompletionSource(), QsciScintilla::AcsNone);
    }

    void appearanceAppliesFontTabsWrapAndTheme()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor(QStringLiteral("x\n")));
        editor::EditorAppearance appearance;
        appearance.fontSize = 15;
        appearance.tabWidth = 2;
        appearance.wordWrap = true;
        appearance.showWhitespace = true;
        appearance.dark = true;
        e->setAppearance(appearance);
        QCOMPARE(e->tabWidth(), 2);
        QCOMPARE(e->wrapMode(), QsciScintilla::WrapWord);
        QCOMPARE(e->whitespaceVisibility(), QsciScintilla::WsVisible);
        QCOMPARE(e->lexer()->defaultPaper(), editor::EditorPalette::dark().paper);
        QCOMPARE(e->lexer()->font(QsciLexerPython::Default).pointSize(), 15);
    }

    void zoomResets()
    {
        std::unique_ptr<CodeEditor> e(pythonEditor());
        e->zoomIn(3);
        QCOMPARE(int(e->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 3);
        e->resetZoom();
        QCOMPARE(int(e->SendScintilla(QsciScintillaBase::SCI_GETZOOM)), 0);
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
