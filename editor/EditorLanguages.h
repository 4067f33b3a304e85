#pragma once

#include <runner/LanguageList.h>

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;
class QsciLexer;

namespace editor {

// Everything the editor needs to know about one language. Adding a language to the editor is adding
// one of these in EditorLanguages.cpp; the runner has its own registry for how to run it, joined by
// `runnerLanguageId`.
struct LanguageDefinition
{
    QString id;                 // "python"
    QString displayName;        // "Python"
    QStringList fileExtensions; // without the dot, the first is the default for "Save As"
    QString lineComment;        // "# " style prefix toggled by Toggle Comment
    QStringList keywords;
    QStringList builtins;
    // Call tips: a builtin's name to its signatures, shown when "(" follows it.
    QMap<QString, QString> callTips;
    // The id the runner knows this language by, empty when it cannot be run yet.
    QString runnerLanguageId;
    // Creates the syntax highlighter; the editor owns what it returns.
    std::function<QsciLexer *(QObject *parent)> createLexer;

    // "Python (*.py *.pyw)": one line of a file dialog's filter.
    QString fileDialogFilter() const;
};

// The languages the editor knows how to show and edit (runner::LanguageRegistry knows how to run
// them); the lookups are runner::LanguageList's, shared with the runner's registry.
class EditorLanguages : public runner::LanguageList<LanguageDefinition>
{
public:
    using LanguageList::LanguageList;

    // Python, JavaScript, C++ and Java; plain text is the fallback when nothing matches.
    static const EditorLanguages &builtin();

    // Every language's filter line plus "All files (*)", for open and save dialogs.
    QString fileDialogFilters(const QString &allFilesLabel) const;
};

} // namespace editor
