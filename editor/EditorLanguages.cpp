#include "EditorLanguages.h"

#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerjava.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerpython.h>


namespace editor {

QString LanguageDefinition::fileDialogFilter() const
{
    QStringList globs;
    for (const QString &extension : fileExtensions)
        globs << QStringLiteral("*.") + extension;
    return QStringLiteral("%1 (%2)").arg(displayName, globs.join(QLatin1Char(' ')));
}

namespace {

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

LanguageDefinition python()
{
    LanguageDefinition language;
    language.id = QStringLiteral("python");
    language.displayName = QStringLiteral("Python");
    language.fileExtensions = {QStringLiteral("py"), QStringLiteral("pyw")};
    language.lineComment = QStringLiteral("# ");
    language.runnerLanguageId = QStringLiteral("python");
    language.keywords = words("False None True and as assert async await break class continue def del elif "
                              "else except finally for from global if import in is lambda nonlocal not or "
                              "pass raise return try while with yield match case");
    language.builtins = words("abs all any ascii bin bool bytearray bytes callable chr classmethod dict dir "
                              "divmod enumerate filter float format frozenset getattr hasattr hash help hex "
                              "id input int isinstance issubclass iter len list map max min next object oct "
                              "ord pow print property range repr reversed round set setattr slice sorted "
                              "staticmethod str sum super tuple type vars zip Exception ValueError "
                              "TypeError KeyError IndexError RuntimeError StopIteration ZeroDivisionError");
    // Signatures as Python's own help() prints them, so the tip matches the documentation.
    const std::pair<const char *, const char *> tips[] = {
        {"print", "print(*values, sep=' ', end='\\n', file=None, flush=False)"},
        {"input", "input(prompt='')"},
        {"range", "range(stop)\nrange(start, stop, step=1)"},
        {"len", "len(obj)"},
        {"int", "int(x=0)\nint(x, base=10)"},
        {"str", "str(object='')"},
        {"float", "float(x=0.0)"},
        {"list", "list(iterable=())"},
        {"dict", "dict(**kwargs)\ndict(mapping, **kwargs)\ndict(iterable, **kwargs)"},
        {"set", "set(iterable=())"},
        {"tuple", "tuple(iterable=())"},
        {"open", "open(file, mode='r', buffering=-1, encoding=None)"},
        {"sorted", "sorted(iterable, /, *, key=None, reverse=False)"},
        {"enumerate", "enumerate(iterable, start=0)"},
        {"zip", "zip(*iterables, strict=False)"},
        {"map", "map(function, iterable, *iterables)"},
        {"filter", "filter(function, iterable)"},
        {"min", "min(iterable, *, key=None)\nmin(arg1, arg2, *args, key=None)"},
        {"max", "max(iterable, *, key=None)\nmax(arg1, arg2, *args, key=None)"},
        {"sum", "sum(iterable, /, start=0)"},
        {"abs", "abs(x)"},
        {"round", "round(number, ndigits=None)"},
        {"isinstance", "isinstance(obj, class_or_tuple)"},
        {"divmod", "divmod(x, y)"},
        {"pow", "pow(base, exp, mod=None)"},
        {"reversed", "reversed(sequence)"},
        {"any", "any(iterable)"},
        {"all", "all(iterable)"},
    };
    for (const auto &[name, tip] : tips)
        language.callTips.insert(QString::fromLatin1(name), QString::fromLatin1(tip));
    language.createLexer = [](QObject *parent) -> QsciLexer * {
        auto *lexer = new QsciLexerPython(parent);
        // Mixed tabs and spaces is a Python error: show it instead of silently accepting it.
        lexer->setIndentationWarning(QsciLexerPython::Inconsistent);
        lexer->setFoldComments(true);
        return lexer;
    };
    return language;
}

LanguageDefinition javascript()
{
    LanguageDefinition language;
    language.id = QStringLiteral("javascript");
    language.runnerLanguageId = QStringLiteral("javascript");
    language.displayName = QStringLiteral("JavaScript");
    language.fileExtensions = {QStringLiteral("js"), QStringLiteral("mjs"), QStringLiteral("cjs")};
    language.lineComment = QStringLiteral("// ");
    language.keywords = words("async await break case catch class const continue debugger default delete do "
                              "else export extends false finally for function if import in instanceof let "
                              "new null of return static super switch this throw true try typeof undefined "
                              "var void while with yield");
    language.builtins = words("Array Boolean Date Error JSON Map Math Number Object Promise RegExp Set String "
                              "Symbol console parseInt parseFloat isNaN setTimeout clearTimeout");
    language.callTips.insert(QStringLiteral("parseInt"), QStringLiteral("parseInt(string, radix)"));
    language.callTips.insert(QStringLiteral("setTimeout"), QStringLiteral("setTimeout(callback, delay, ...args)"));
    language.createLexer = [](QObject *parent) -> QsciLexer * { return new QsciLexerJavaScript(parent); };
    return language;
}

LanguageDefinition cpp()
{
    LanguageDefinition language;
    language.id = QStringLiteral("cpp");
    language.runnerLanguageId = QStringLiteral("cpp");
    language.displayName = QStringLiteral("C++");
    language.fileExtensions = {QStringLiteral("cpp"), QStringLiteral("cc"), QStringLiteral("cxx"),
                               QStringLiteral("hpp"), QStringLiteral("h"), QStringLiteral("hh")};
    language.lineComment = QStringLiteral("// ");
    language.keywords = words("alignas alignof auto bool break case catch char char16_t char32_t class const "
                              "constexpr const_cast continue decltype default delete do double dynamic_cast "
                              "else enum explicit extern false float for friend goto if inline int long "
                              "mutable namespace new noexcept nullptr operator private protected public "
                              "return short signed sizeof static static_assert static_cast struct switch "
                              "template this throw true try typedef typename union unsigned using virtual "
                              "void volatile while");
    language.builtins = words("std string vector map unordered_map set cout cin cerr endl size_t printf "
                              "scanf make_unique make_shared unique_ptr shared_ptr");
    language.callTips.insert(QStringLiteral("printf"), QStringLiteral("printf(const char *format, ...)"));
    language.createLexer = [](QObject *parent) -> QsciLexer * { return new QsciLexerCPP(parent); };
    return language;
}

LanguageDefinition java()
{
    LanguageDefinition language;
    language.id = QStringLiteral("java");
    language.runnerLanguageId = QStringLiteral("java");
    language.displayName = QStringLiteral("Java");
    language.fileExtensions = {QStringLiteral("java")};
    language.lineComment = QStringLiteral("// ");
    language.keywords = words("abstract assert boolean break byte case catch char class const continue "
                              "default do double else enum extends final finally float for if implements "
                              "import instanceof int interface long native new null package private "
                              "protected public return short static strictfp super switch synchronized "
                              "this throw throws transient try var void volatile while true false");
    language.builtins = words("String System Integer Long Double Math List ArrayList Map HashMap Set "
                              "HashSet Scanner StringBuilder Arrays Collections Object");
    language.createLexer = [](QObject *parent) -> QsciLexer * { return new QsciLexerJava(parent); };
    return language;
}

} // namespace

const EditorLanguages &EditorLanguages::builtin()
{
    static const EditorLanguages registry({python(), javascript(), cpp(), java()});
    return registry;
}

QString EditorLanguages::fileDialogFilters(const QString &allFilesLabel) const
{
    QStringList filters;
    for (const LanguageDefinition &language : languages())
        filters << language.fileDialogFilter();
    filters << allFilesLabel + QStringLiteral(" (*)");
    return filters.join(QStringLiteral(";;"));
}

} // namespace editor
