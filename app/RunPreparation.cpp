#include "RunPreparation.h"

#include "AppSettings.h"
#include "EditorTabs.h"

#include <editor/CodeEditor.h>
#include <editor/EditorLanguages.h>
#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/PrecompiledHeaderBuilder.h>

namespace app {

RunPreparation::RunPreparation(EditorTabs *tabs, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_settings(settings)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &RunPreparation::prepareCurrent);
    connect(m_tabs, &EditorTabs::documentModified, &m_quiet, qOverload<>(&QTimer::start));
    connect(m_tabs, &EditorTabs::currentEditorChanged, &m_quiet, qOverload<>(&QTimer::start));
    // Every build of this process's header builder: those this object starts and those a Run starts.
    auto &builder = runner::PrecompiledHeaderBuilder::shared();
    connect(&builder, &runner::PrecompiledHeaderBuilder::buildStarted, this, [this] {
        Q_EMIT statusMessage(tr("Precompiling <bits/stdc++.h> in the background (once per compiler and standard)…"), 0);
    });
    connect(&builder, &runner::PrecompiledHeaderBuilder::buildFinished, this, [this](const QString &, bool stored) {
        Q_EMIT statusMessage(stored ? tr("<bits/stdc++.h> is precompiled: C++ programs that include it now compile faster.")
                                    : tr("<bits/stdc++.h> could not be precompiled; programs still compile without it."),
                             8000);
    });
}

void RunPreparation::prepareCurrent()
{
    editor::CodeEditor *editor = m_tabs->currentEditor();
    if (!editor || !editor->language() || m_settings->runPreferences().target != ExecutionTarget::Local)
        return;
    const runner::Language *language = runner::LanguageRegistry::builtin().find(editor->language()->runnerLanguageId);
    // Only compiled languages have anything to prepare; the rest is not worth reading the text for.
    if (!language || !language->compile)
        return;
    runner::RunRequest request;
    request.language = language->id;
    request.source = editor->text().toUtf8();
    request.policy = m_settings->runPreferences().policy();
    const QString path = m_tabs->filePath(editor);
    request.languageStandard = language->standardForFileName(path.isEmpty() ? m_tabs->title(editor) : path);
    runner::LocalRunSession::prepare(request);
}

} // namespace app
