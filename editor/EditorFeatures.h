#pragma once

#include "EditorFeature.h"

#include <QMap>
#include <QString>

class QsciLexer;

namespace editor {

struct LanguageDefinition;

// Line numbers in the first margin, wide enough for the last line's number.
class LineNumbers : public EditorFeature
{
    Q_OBJECT
public:
    explicit LineNumbers(CodeEditor *editor);
    void updateWidth();

protected:
    void apply(bool enabled) override;

private:
    int m_digits = 0;
};

class CodeFolding : public EditorFeature
{
    Q_OBJECT
public:
    using EditorFeature::EditorFeature;

protected:
    void apply(bool enabled) override;
};

class BraceMatching : public EditorFeature
{
    Q_OBJECT
public:
    using EditorFeature::EditorFeature;

protected:
    void apply(bool enabled) override;
};

class CurrentLineHighlight : public EditorFeature
{
    Q_OBJECT
public:
    using EditorFeature::EditorFeature;

protected:
    void apply(bool enabled) override;
};

class IndentationGuides : public EditorFeature
{
    Q_OBJECT
public:
    using EditorFeature::EditorFeature;

protected:
    void apply(bool enabled) override;
};

// Keeps the previous line's indentation on Enter and adds one level after a block opener (":" in
// Python, "{" elsewhere), which is what makes typing Python comfortable.
class AutoIndent : public EditorFeature
{
    Q_OBJECT
public:
    explicit AutoIndent(CodeEditor *editor);

protected:
    void apply(bool enabled) override;

private:
    void onCharAdded(int character);
};

// Comments or uncomments the selected lines with the language's line-comment prefix.
class CommentToggler : public EditorFeature
{
    Q_OBJECT
public:
    using EditorFeature::EditorFeature;
    void toggle();

protected:
    void apply(bool) override {}
};

// Completion from the language's keywords and builtins plus the document's own words, after a
// threshold of typed characters; call tips for builtins.
class Completion : public EditorFeature
{
    Q_OBJECT
public:
    explicit Completion(CodeEditor *editor);
    void setThreshold(int characters);
    // Rebuilds the word list for a language (called when the editor's language changes).
    void setLanguage(const LanguageDefinition *language);

protected:
    void apply(bool enabled) override;

private:
    int m_threshold = 2;
};

// A marker in the symbol margin, a tinted line and a tooltip for lines a run reported errors on.
class ErrorMarkers : public EditorFeature
{
    Q_OBJECT
public:
    explicit ErrorMarkers(CodeEditor *editor);

    // `line` is 1-based, as in tracebacks.
    void mark(int line, const QString &message);
    void clear();
    QString messageAt(int line) const;
    QList<int> lines() const;

protected:
    void apply(bool enabled) override;

private:
    void onDwellStart(int position, int x, int y);
    void onDwellEnd();

    // Marker handle to message: handles follow their line when text is inserted above it.
    QMap<int, QString> m_messages;
    int m_marker = -1;
    int m_background = -1;
};

} // namespace editor
