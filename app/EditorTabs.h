#pragma once

#include <editor/EditorStyle.h>

#include <QHash>
#include <QKeySequence>
#include <QTabWidget>

class QMimeData;

namespace editor {
class CodeEditor;
}

namespace app {

// The open documents: one CodeEditor per tab plus what the editor itself does not know (file path,
// a stable id for the recovery area, the untitled number). Reading and writing files happens here;
// asking the user what to do is the window's job.
class EditorTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit EditorTabs(QWidget *parent = nullptr);

    editor::CodeEditor *newDocument(const QString &text = QString(), const QString &languageId = QStringLiteral("python"));
    // Opens (or activates, if already open) a file; nullptr and `error` set when it cannot be read.
    editor::CodeEditor *openFile(const QString &path, QString *error);
    bool saveDocument(editor::CodeEditor *editor, const QString &path, QString *error);
    void closeDocument(editor::CodeEditor *editor);

    editor::CodeEditor *currentEditor() const;
    editor::CodeEditor *editorAt(int index) const;
    editor::CodeEditor *editorForPath(const QString &path) const;
    QList<editor::CodeEditor *> editors() const;

    QString filePath(editor::CodeEditor *editor) const;
    QString documentId(editor::CodeEditor *editor) const;
    QString title(editor::CodeEditor *editor) const;
    // An untitled buffer's number ("Untitled 2": 2); 0 for a file's buffer.
    int untitledNumber(editor::CodeEditor *editor) const;
    // Gives a restored untitled buffer its old number back; later buffers are numbered after it.
    void setUntitledNumber(editor::CodeEditor *editor, int number);
    // Marks an editor as belonging to `path` without writing (used when restoring recovered text).
    void setFilePath(editor::CodeEditor *editor, const QString &path);

    void setAppearance(const editor::EditorAppearance &appearance);
    void setCompletionThreshold(int characters);
    // Keys the window's commands use, taken from every editor's own bindings (CodeEditor::releaseKeys).
    void setReleasedKeys(const QList<QKeySequence> &keys);
    // One zoom level (Scintilla's points added to the font size) for every editor, open or opened later.
    void setZoom(int level);
    // Next or previous tab, wrapping around (Ctrl+PageDown / Ctrl+PageUp).
    void cycleTabs(int step);

Q_SIGNALS:
    void currentEditorChanged(editor::CodeEditor *editor);
    void documentModified(editor::CodeEditor *editor);
    void cursorMoved(editor::CodeEditor *editor);
    void filesDropped(const QStringList &paths);
    void closeRequested(editor::CodeEditor *editor);
    // The user zoomed one editor (Ctrl+wheel): the level every editor should follow.
    void zoomRequested(int level);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct DocumentInfo
    {
        QString path;
        QString id;
        int untitledNumber = 0;
    };

    editor::CodeEditor *createEditor();
    void updateTitle(editor::CodeEditor *editor);
    static QStringList localFiles(const QMimeData *mime);

    QHash<editor::CodeEditor *, DocumentInfo> m_documents;
    editor::EditorAppearance m_appearance;
    int m_completionThreshold = 2;
    QList<QKeySequence> m_releasedKeys;
    int m_zoom = 0;
    int m_nextUntitled = 1;
};

} // namespace app
