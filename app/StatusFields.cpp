#include "StatusFields.h"

#include <editor/CodeEditor.h>
#include <editor/EditorLanguages.h>

#include <QLabel>
#include <QStatusBar>

namespace app {

StatusFields::StatusFields(QStatusBar *bar)
    : QObject(bar)
    , m_runState(new QLabel(bar))
    , m_language(new QLabel(bar))
    , m_position(new QLabel(bar))
    , m_encoding(new QLabel(bar))
{
    m_runState->setObjectName(QStringLiteral("runStateLabel"));
    m_position->setObjectName(QStringLiteral("positionLabel"));
    for (QLabel *label : {m_runState, m_language, m_position, m_encoding})
        bar->addPermanentWidget(label);
    retranslate();
}

void StatusFields::show(editor::CodeEditor *editor, const QString &runState)
{
    const editor::LanguageDefinition *language = editor ? editor->language() : nullptr;
    m_language->setText(language ? language->displayName : tr("Plain text"));
    m_position->setText(editor ? tr("Ln %1, Col %2").arg(editor->currentLine()).arg(editor->currentColumn())
                               : QString());
    // Files are read and written as UTF-8 only (EditorTabs).
    m_encoding->setText(QStringLiteral("UTF-8"));
    m_runState->setText(runState);
}

void StatusFields::retranslate()
{
    m_language->setAccessibleName(tr("Language"));
    m_position->setAccessibleName(tr("Cursor position"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_runState->setAccessibleName(tr("Run state"));
}

} // namespace app
