#include "EditorFeature.h"

#include "CodeEditor.h"

namespace editor {

EditorFeature::EditorFeature(CodeEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{
}

void EditorFeature::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    apply(enabled);
}

} // namespace editor
