#include "EditorTabs.h"

#include <editor/CodeEditor.h>
#include <editor/EditorFeatures.h>
#include <editor/EditorLanguages.h>

#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSaveFile>
#include <QTabBar>
#include <QUuid>

namespace app {

using editor::CodeEditor;

EditorTabs::EditorTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("editorTabs"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setAcceptDrops(true);
    setAccessibleName(tr("Open files"));
    connect(this, &QTabWidget::currentChanged, this, [this] { Q_EMIT currentEditorChanged(currentEditor()); });
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (CodeEditor *editor = editorAt(index))
            Q_EMIT closeRequested(editor);
    });
}

CodeEditor *EditorTabs::createEditor()
{
    auto *editor = new CodeEditor(this);
    editor->setAppearance(m_appearance);
    editor->completion()->setThreshold(m_completionThreshold);
    editor->releaseKeys(m_releasedKeys);
    editor->zoomTo(m_zoom);
    connect(editor, &CodeEditor::zoomChanged, this, &EditorTabs::zoomRequested);
    // File drops land on the editor's viewport first; without this Scintilla would paste the path.
    editor->viewport()->installEventFilter(this);
    connect(editor, &CodeEditor::modificationChanged, this, [this, editor] {
        updateTitle(editor);
    });
    connect(editor, &CodeEditor::textChanged, this, [this, editor] { Q_EMIT documentModified(editor); });
    connect(editor, &CodeEditor::cursorPositionChanged, this, [this, editor] { Q_EMIT cursorMoved(editor); });
    return editor;
}

CodeEditor *EditorTabs::newDocument(const QString &text, const QString &languageId)
{
    CodeEditor *editor = createEditor();
    DocumentInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.untitledNumber = m_nextUntitled++;
    m_documents.insert(editor, info);
    editor->setLanguage(editor::EditorLanguages::builtin().find(languageId));
    if (!text.isEmpty()) {
        editor->setText(text);
    }
    editor->setModified(false);
    const int index = addTab(editor, QString());
    updateTitle(editor);
    setCurrentIndex(index);
    return editor;
}

CodeEditor *EditorTabs::openFile(const QString &path, QString *error)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    if (CodeEditor *open = editorForPath(canonical)) {
        setCurrentWidget(open);
        return open;
    }
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(canonical), file.errorString());
        return nullptr;
    }
    const QString text = QString::fromUtf8(file.readAll());
    // An untouched, empty untitled tab (the one a fresh start shows) is replaced instead of kept.
    CodeEditor *current = currentEditor();
    if (count() == 1 && current && filePath(current).isEmpty() && !current->isModified() && current->length() == 0)
        closeDocument(current);

    CodeEditor *editor = createEditor();
    DocumentInfo info;
    info.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.path = canonical;
    m_documents.insert(editor, info);
    editor->setLanguage(editor::EditorLanguages::builtin().forFileName(canonical));
    editor->setText(text);
    editor->setModified(false);
    editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    const int index = addTab(editor, QString());
    updateTitle(editor);
    setCurrentIndex(index);
    return editor;
}

bool EditorTabs::saveDocument(CodeEditor *editor, const QString &path, QString *error)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    // QSaveFile writes a temporary file and renames it: a failure never leaves half a file behind.
    QSaveFile file(canonical);
    if (!file.open(QIODevice::WriteOnly) || file.write(editor->text().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(canonical), file.errorString());
        return false;
    }
    DocumentInfo &info = m_documents[editor];
    if (info.path != canonical) {
        info.path = canonical;
        if (const auto *language = editor::EditorLanguages::builtin().forFileName(canonical))
            editor->setLanguage(language);
    }
    editor->setModified(false);
    updateTitle(editor);
    return true;
}

void EditorTabs::closeDocument(CodeEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    m_documents.remove(editor);
    removeTab(index);
    editor->deleteLater();
}

CodeEditor *EditorTabs::currentEditor() const
{
    return qobject_cast<CodeEditor *>(currentWidget());
}

CodeEditor *EditorTabs::editorAt(int index) const
{
    return qobject_cast<CodeEditor *>(widget(index));
}

CodeEditor *EditorTabs::editorForPath(const QString &path) const
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (!it->path.isEmpty() && it->path == canonical)
            return it.key();
    }
    return nullptr;
}

QList<CodeEditor *> EditorTabs::editors() const
{
    QList<CodeEditor *> result;
    for (int i = 0; i < count(); ++i) {
        if (CodeEditor *editor = editorAt(i))
            result << editor;
    }
    return result;
}

QString EditorTabs::filePath(CodeEditor *editor) const
{
    return m_documents.value(editor).path;
}

QString EditorTabs::documentId(CodeEditor *editor) const
{
    return m_documents.value(editor).id;
}

QString EditorTabs::title(CodeEditor *editor) const
{
    const DocumentInfo info = m_documents.value(editor);
    if (!info.path.isEmpty())
        return QFileInfo(info.path).fileName();
    return tr("Untitled %1").arg(info.untitledNumber);
}

int EditorTabs::untitledNumber(CodeEditor *editor) const
{
    const DocumentInfo info = m_documents.value(editor);
    return info.path.isEmpty() ? info.untitledNumber : 0;
}

void EditorTabs::setUntitledNumber(CodeEditor *editor, int number)
{
    if (!m_documents.contains(editor) || number <= 0)
        return;
    m_documents[editor].untitledNumber = number;
    m_nextUntitled = std::max(m_nextUntitled, number + 1);
    updateTitle(editor);
}

void EditorTabs::setFilePath(CodeEditor *editor, const QString &path)
{
    if (!m_documents.contains(editor))
        return;
    m_documents[editor].path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (const auto *language = editor::EditorLanguages::builtin().forFileName(path))
        editor->setLanguage(language);
    updateTitle(editor);
}

void EditorTabs::updateTitle(CodeEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    const QString name = title(editor);
    setTabText(index, editor->isModified() ? QStringLiteral("● ") + name : name);
    const QString path = filePath(editor);
    setTabToolTip(index, path.isEmpty() ? name : QDir::toNativeSeparators(path));
    editor->setAccessibleName(tr("Code editor: %1").arg(name));
}

void EditorTabs::setAppearance(const editor::EditorAppearance &appearance)
{
    m_appearance = appearance;
    for (CodeEditor *editor : editors())
        editor->setAppearance(appearance);
}

void EditorTabs::setReleasedKeys(const QList<QKeySequence> &keys)
{
    m_releasedKeys = keys;
    for (CodeEditor *editor : editors())
        editor->releaseKeys(keys);
}

void EditorTabs::setZoom(int level)
{
    m_zoom = level;
    for (CodeEditor *editor : editors())
        editor->zoomTo(level);
}

void EditorTabs::cycleTabs(int step)
{
    if (count() > 1)
        setCurrentIndex((currentIndex() + step + count()) % count());
}

void EditorTabs::setCompletionThreshold(int characters)
{
    m_completionThreshold = characters;
    for (CodeEditor *editor : editors())
        editor->completion()->setThreshold(characters);
}

QStringList EditorTabs::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

bool EditorTabs::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            Q_EMIT filesDropped(paths);
            return true;
        }
    }
    return QTabWidget::eventFilter(watched, event);
}

void EditorTabs::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EditorTabs::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(paths);
    }
}

} // namespace app
