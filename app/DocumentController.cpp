#include "DocumentController.h"

#include "AppSettings.h"
#include "EditorTabs.h"

#include <editor/CodeEditor.h>
#include <editor/EditorLanguages.h>

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace app {

using editor::CodeEditor;

namespace {
constexpr int kDefaultAutosaveMs = 5000;
}

DocumentController::DocumentController(EditorTabs *tabs, AppSettings *settings, const QString &sessionFile,
                                       const QString &recoveryRoot, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_settings(settings)
    , m_prompts(std::make_unique<Prompts>())
    , m_sessionStore(sessionFile)
    , m_recovery(recoveryRoot)
{
    m_autosaveTimer.setInterval(kDefaultAutosaveMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosaveNow);
    m_recovery.begin();
    m_autosaveTimer.start();
}

DocumentController::~DocumentController() = default;

void DocumentController::setPrompts(std::unique_ptr<Prompts> prompts)
{
    m_prompts = std::move(prompts);
}

void DocumentController::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer.setInterval(milliseconds);
}

QWidget *DocumentController::dialogParent() const
{
    // Questions are modal to the window the documents are shown in.
    return m_tabs->window();
}

CodeEditor *DocumentController::newDocument()
{
    CodeEditor *editor = m_tabs->newDocument();
    editor->setFocus();
    return editor;
}

CodeEditor *DocumentController::openFile(const QString &path)
{
    QString error;
    CodeEditor *editor = m_tabs->openFile(path, &error);
    if (!editor) {
        // A recent file that is gone would fail the same way every time: it leaves the list.
        if (!QFileInfo::exists(path))
            m_settings->removeRecentFile(path);
        m_prompts->showError(dialogParent(), error);
        return nullptr;
    }
    m_settings->addRecentFile(m_tabs->filePath(editor));
    saveSession();
    editor->setFocus();
    return editor;
}

void DocumentController::openFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        openFile(path);
}

void DocumentController::openWithDialog()
{
    const QStringList recent = m_settings->recentFiles();
    const QString directory = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    openFiles(m_prompts->askOpenFiles(dialogParent(), directory,
                                      editor::EditorLanguages::builtin().fileDialogFilters(tr("All files"))));
}

bool DocumentController::save(CodeEditor *editor, bool askForName)
{
    if (!editor)
        return false;
    QString path = m_tabs->filePath(editor);
    if (askForName || path.isEmpty()) {
        const editor::LanguageDefinition *language = editor->language();
        const QString suggestion = path.isEmpty()
                                       ? m_tabs->title(editor) + QLatin1Char('.')
                                             + (language ? language->fileExtensions.value(0) : QStringLiteral("txt"))
                                       : path;
        path = m_prompts->askSaveFile(dialogParent(), suggestion,
                                      editor::EditorLanguages::builtin().fileDialogFilters(tr("All files")));
        if (path.isEmpty())
            return false;
    }
    QString error;
    if (!m_tabs->saveDocument(editor, path, &error)) {
        m_prompts->showError(dialogParent(), error);
        return false;
    }
    // Saved: its recovery copy would only offer back what is on disk now.
    forgetRecovery(editor);
    m_settings->addRecentFile(m_tabs->filePath(editor));
    saveSession();
    Q_EMIT documentSaved(editor);
    return true;
}

bool DocumentController::confirmClose(const QList<CodeEditor *> &editors)
{
    QList<CodeEditor *> modified;
    QStringList names;
    for (CodeEditor *editor : editors) {
        if (editor->isModified()) {
            modified << editor;
            names << m_tabs->title(editor);
        }
    }
    if (modified.isEmpty())
        return true;
    const Prompts::UnsavedChoice choice = m_prompts->askUnsavedChanges(dialogParent(), names);
    switch (choice.answer) {
    case Prompts::UnsavedAnswer::Cancel:
        return false;
    case Prompts::UnsavedAnswer::Discard:
        return true;
    case Prompts::UnsavedAnswer::Save:
        break;
    }
    for (int index : choice.save) {
        if (index < 0 || index >= modified.size())
            continue;
        CodeEditor *editor = modified.at(index);
        // Shown while it is saved, so a "Save As" dialog for an untitled buffer names the right one.
        m_tabs->setCurrentWidget(editor);
        if (!save(editor))
            return false;
    }
    return true;
}

bool DocumentController::closeDocument(CodeEditor *editor)
{
    if (!editor || !confirmClose({editor}))
        return false;
    forgetRecovery(editor);
    m_tabs->closeDocument(editor);
    if (m_tabs->count() == 0 && !m_closing)
        newDocument();
    if (!m_closing)
        saveSession();
    return true;
}

bool DocumentController::queryClose()
{
    return confirmClose(m_tabs->editors());
}

void DocumentController::endSession()
{
    m_closing = true;
    saveSession();
    m_autosaveTimer.stop();
    // A clean exit: nothing to recover next time.
    m_recovery.finish();
}

void DocumentController::forgetRecovery(CodeEditor *editor)
{
    const QString id = m_tabs->documentId(editor);
    m_recovery.remove(id);
    m_autosavedHashes.remove(id);
}

void DocumentController::autosaveNow()
{
    for (CodeEditor *editor : m_tabs->editors()) {
        const QString id = m_tabs->documentId(editor);
        if (!editor->isModified()) {
            if (m_autosavedHashes.remove(id))
                m_recovery.remove(id);
            continue;
        }
        const QString text = editor->text();
        const size_t hash = qHash(text);
        // Unchanged since the last autosave: nothing to write.
        if (m_autosavedHashes.value(id) == hash && m_autosavedHashes.contains(id))
            continue;
        RecoveryEntry entry;
        entry.id = id;
        entry.path = m_tabs->filePath(editor);
        entry.title = m_tabs->title(editor);
        entry.untitledNumber = m_tabs->untitledNumber(editor);
        entry.tabIndex = m_tabs->indexOf(editor);
        entry.text = text;
        entry.savedAt = QDateTime::currentDateTimeUtc();
        if (m_recovery.write(entry))
            m_autosavedHashes.insert(id, hash);
    }
    // The open files too: after a crash the next start reopens them, not the session of the last clean
    // quit.
    saveSession();
}

void DocumentController::restoreSessionAndRecover()
{
    const Session session = m_sessionStore.load();
    for (const SessionFile &file : session.files) {
        QString error;
        if (CodeEditor *editor = m_tabs->openFile(file.path, &error)) {
            editor->setCursorPosition(file.line - 1, file.column - 1);
            editor->ensureCursorVisible();
        }
    }
    if (session.currentIndex < m_tabs->count())
        m_tabs->setCurrentIndex(session.currentIndex);

    QList<RecoveryEntry> orphans = m_recovery.orphans();
    std::stable_sort(orphans.begin(), orphans.end(),
                     [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.tabIndex < b.tabIndex; });
    if (!orphans.isEmpty()) {
        QStringList names;
        for (const RecoveryEntry &entry : orphans)
            names << (entry.path.isEmpty() ? entry.title : QDir::toNativeSeparators(entry.path));
        if (m_prompts->askRestoreRecovered(dialogParent(), names)) {
            for (const RecoveryEntry &entry : orphans) {
                CodeEditor *editor = entry.path.isEmpty() ? nullptr : m_tabs->editorForPath(entry.path);
                if (!editor) {
                    editor = m_tabs->newDocument();
                    m_tabs->setFilePath(editor, entry.path);
                    m_tabs->setUntitledNumber(editor, entry.untitledNumber);
                }
                // Replace the text as one undoable edit, so the file's saved version is one Undo away.
                editor->selectAll(true);
                editor->replaceSelectedText(entry.text);
                editor->setCursorPosition(0, 0);
                editor->setModified(true);
                m_tabs->setCurrentWidget(editor);
            }
            // Written straight back to this instance's area: a second crash must not lose them either.
            autosaveNow();
        }
        m_recovery.discardOrphans();
    }
    if (m_tabs->count() == 0)
        newDocument();
    saveSession();
}

void DocumentController::saveSession()
{
    Session session;
    CodeEditor *current = m_tabs->currentEditor();
    for (CodeEditor *editor : m_tabs->editors()) {
        const QString path = m_tabs->filePath(editor);
        if (path.isEmpty())
            continue;
        if (editor == current)
            session.currentIndex = int(session.files.size());
        session.files.append({path, editor->currentLine(), editor->currentColumn()});
    }
    // Called on every autosave: unchanged, nothing is written.
    if (m_sessionSaved && session.files == m_savedSession.files && session.currentIndex == m_savedSession.currentIndex)
        return;
    if (m_sessionStore.save(session)) {
        m_savedSession = session;
        m_sessionSaved = true;
    }
}

} // namespace app
