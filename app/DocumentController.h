#pragma once

#include "Prompts.h"
#include "RecoveryStore.h"
#include "SessionStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace editor {
class CodeEditor;
}

namespace app {

class AppSettings;
class EditorTabs;

// The lifecycle of a window's documents: new, open, save, save as, close with the unsaved-changes
// question, autosave into the recovery area, the session reopened at start and what a crashed instance
// left offered back. EditorTabs holds the documents and reads and writes their files; this decides when,
// asks the user through Prompts and keeps the session and recovery stores in step. It holds no window,
// so it is tested with a bare EditorTabs.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    // `sessionFile`, `recoveryRoot` empty: the user's data directory. Starts this instance's recovery
    // area and the autosave timer.
    DocumentController(EditorTabs *tabs, AppSettings *settings, const QString &sessionFile,
                       const QString &recoveryRoot, QObject *parent = nullptr);
    ~DocumentController() override;

    void setPrompts(std::unique_ptr<Prompts> prompts);
    Prompts *prompts() const { return m_prompts.get(); }
    void setAutosaveInterval(int milliseconds);

    editor::CodeEditor *newDocument();
    // Opens (or activates) a file and remembers it among the recent files; an error is shown.
    editor::CodeEditor *openFile(const QString &path);
    void openFiles(const QStringList &paths);
    // Asks which files to open, starting where the last recent file is.
    void openWithDialog();
    // Writes the editor to its file; `askForName`, or an untitled buffer, asks where first.
    bool save(editor::CodeEditor *editor, bool askForName = false);
    // Asks about unsaved changes, then closes; false when the user cancelled. The last tab closed is
    // replaced by an empty one, so the window always has somewhere to type.
    bool closeDocument(editor::CodeEditor *editor);

    // Before the window closes: asks about every unsaved buffer; false when the user cancelled.
    bool queryClose();
    // The window closes: the session is saved and, this being a clean exit, the recovery area removed.
    void endSession();

    // Reopens the last session's files, then offers what a crashed instance left in the recovery area.
    void restoreSessionAndRecover();
    // Writes unsaved buffers to the recovery area now (the timer calls this every few seconds).
    void autosaveNow();

Q_SIGNALS:
    // Written to disk, possibly under a new name.
    void documentSaved(editor::CodeEditor *editor);

private:
    bool confirmClose(const QList<editor::CodeEditor *> &editors);
    void forgetRecovery(editor::CodeEditor *editor);
    void saveSession();
    QWidget *dialogParent() const;

    EditorTabs *m_tabs;
    AppSettings *m_settings;
    std::unique_ptr<Prompts> m_prompts;
    SessionStore m_sessionStore;
    RecoveryStore m_recovery;
    // What each buffer's recovery copy holds, so an unchanged buffer is not written again.
    QHash<QString, size_t> m_autosavedHashes;
    QTimer m_autosaveTimer;
    // What the session file holds, so an unchanged session is not written again.
    Session m_savedSession;
    bool m_sessionSaved = false;
    bool m_closing = false;
};

} // namespace app
