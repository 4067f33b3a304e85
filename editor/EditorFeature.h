#pragma once

#include <QObject>

namespace editor {

class CodeEditor;

// One behaviour of the editor with one concern and an on/off switch. The editor owns its features as
// QObject children; each reacts to the editor's signals instead of the editor knowing about it.
class EditorFeature : public QObject
{
    Q_OBJECT
public:
    explicit EditorFeature(CodeEditor *editor);

    CodeEditor *editor() const { return m_editor; }
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

protected:
    // Called with the new state whenever it changes, and once by the editor after construction.
    virtual void apply(bool enabled) = 0;
    friend class CodeEditor;

private:
    CodeEditor *m_editor;
    bool m_enabled = true;
};

} // namespace editor
