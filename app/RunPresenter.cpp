#include "RunPresenter.h"

#include "EditorTabs.h"
#include "OutputPane.h"
#include "OutputParserRegistry.h"
#include "ProfileNotice.h"
#include "RunController.h"
#include "SidePanels.h"
#include "TargetSessionFactory.h"
#include "TokenKeychain.h"

#include <editor/CodeEditor.h>
#include <editor/EditorFeatures.h>
#include <editor/EditorLanguages.h>
#include <runner/Language.h>

#include <QLocale>

namespace app {

using editor::CodeEditor;

namespace {
// Where the sandbox (runner/sandbox) and the server put the program: tracebacks name it
// "/work/<the language's source file name>".
const QString kSandboxWorkDirectory = QStringLiteral("/work/");
} // namespace

RunPresenter::RunPresenter(RunController *run, AppSettings *settings, TargetSessionFactory *sessions,
                           TokenKeychain *tokens, const Views &views, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_settings(settings)
    , m_sessions(sessions)
    , m_tokens(tokens)
    , m_views(views)
{
    connect(m_run, &RunController::output, this, &RunPresenter::onOutput);
    connect(m_run, &RunController::finished, this, &RunPresenter::onFinished);
    connect(m_views.violations->profileNotice(), &ProfileNotice::switchRequested, this,
            &RunPresenter::rerunWithStandardProfile);
    connect(m_tokens, &TokenKeychain::ready, this, [this] {
        if (std::exchange(m_runWhenTokenReady, false))
            runCurrent();
    });
    m_views.output->setSeparateInputLine(m_settings->separateInputLine());
    connect(m_views.output, &OutputPane::separateInputLineToggled, m_settings, &AppSettings::setSeparateInputLine);
    connect(m_views.output, &OutputPane::typingRefused, this, [this] {
        Q_EMIT statusMessage(m_run->isRunning() ? tr("The program's input has ended: it reads nothing more.")
                                                : tr("No program is running: run it (F5), then type its input here."),
                             4000);
    });
}

RunPresenter::~RunPresenter() = default;

void RunPresenter::runCurrent()
{
    CodeEditor *editor = m_views.tabs->currentEditor();
    if (!editor || m_run->isRunning())
        return;
    const editor::LanguageDefinition *language = editor->language();
    const QString languageId = language ? language->runnerLanguageId : QString();
    OutputPane *output = m_views.output;
    Q_EMIT outputWanted();
    if (languageId.isEmpty() || !runner::LanguageRegistry::builtin().find(languageId)) {
        output->beginRun(
            tr("%1 files cannot be run yet.").arg(language ? language->displayName : tr("Plain text")));
        output->flush();
        return;
    }
    const RunPreferences preferences = m_settings->runPreferences();
    if (preferences.target == ExecutionTarget::Remote) {
        if (!m_tokens->isReady()) {
            // The keychain answers asynchronously (it may even ask to be unlocked): run when it has.
            m_runWhenTokenReady = true;
            m_tokens->load();
            Q_EMIT statusMessage(tr("Reading the server's API token from the keychain…"), 5000);
            return;
        }
        if (const QString problem = m_sessions->remoteProblem(); !problem.isEmpty()) {
            output->beginRun(
                tr("%1 was not run: the Code Remote server is not set up.").arg(m_views.tabs->title(editor)));
            output->finishRun(
                tr("— %1 Set the server in Settings (Run ▸ Run On ▸ Server Settings…). —").arg(problem));
            output->flush();
            return;
        }
    }
    // Markers and violations of the previous run describe text that may have changed since.
    for (CodeEditor *open : m_views.tabs->editors())
        open->errorMarkers()->clear();
    m_views.violations->setViolations({});
    m_views.violations->profileNotice()->dismiss();
    m_outputParser = OutputParserRegistry::builtin().create(languageId);
    output->setLinkParser(m_outputParser);

    runner::RunRequest request;
    request.language = languageId;
    request.source = editor->text().toUtf8();
    request.policy = preferences.policy();
    request.keepStdinOpen = true;
    m_runEditor = editor;
    m_runTarget = preferences.target;
    const QString title = m_views.tabs->title(editor);
    const runner::Language *runLanguage = runner::LanguageRegistry::builtin().find(languageId);
    const QString path = m_views.tabs->filePath(editor);
    // Java's file is named after its public class ("Greeter.java"), which the runner finds in the source.
    // A .mjs file runs as an ES module (its own file name in the sandbox: node decides by it).
    request.languageStandard = runLanguage->standardForFileName(path.isEmpty() ? title : path);
    m_fileNames = RunFileNames(kSandboxWorkDirectory + runLanguage->sourceFileNameFor(request.source, request.languageStandard),
                               path.isEmpty() ? title : path);
    const QString profile = preferences.profile == runner::Profile::Strict ? tr("strict") : tr("standard");
    if (m_runTarget == ExecutionTarget::Remote)
        output->beginRun(tr("Running %1 on %2 (%3 profile)…")
                             .arg(title, m_sessions->remoteTarget().url.toDisplayString(), profile));
    else
        output->beginRun(tr("Running %1 (%2 profile)…").arg(title, profile));
    output->setInputEnabled(true);
    if (!m_run->start(request))
        output->finishRun(tr("The run could not be started."));
}

void RunPresenter::setDebugStateText(const QString &text)
{
    if (text == m_debugStateText)
        return;
    m_debugStateText = text;
    Q_EMIT runStateTextChanged();
}

QString RunPresenter::runStateText() const
{
    switch (m_run->state()) {
    case RunController::State::Running:
        if (!m_debugStateText.isEmpty())
            return m_debugStateText;
        if (m_run->phase() == runner::RunPhase::Compiling)
            return tr("Compiling");
        return m_run->isWaitingForInput() ? tr("Waiting for input") : tr("Running");
    case RunController::State::Stopping:
        return tr("Stopping…");
    case RunController::State::Idle:
        break;
    }
    return tr("Ready");
}

void RunPresenter::onOutput(runner::OutputChannel channel, const QString &text)
{
    if (channel == runner::OutputChannel::Stderr)
        return showStderr(m_fileNames.rewrite(text));
    if (m_outputParser)
        m_outputParser->feed(channel, text);
    m_views.output->appendOutput(OutputKind::Stdout, text);
}

void RunPresenter::showStderr(const QString &text)
{
    if (text.isEmpty())
        return;
    if (m_outputParser)
        m_outputParser->feed(runner::OutputChannel::Stderr, text);
    m_views.output->appendOutput(OutputKind::Stderr, text);
}

QString RunPresenter::statusText(const runner::RunResult &result, ExecutionTarget target, qint64 inputWaitMs)
{
    QString status;
    switch (result.status) {
    case runner::RunStatus::Ok:
        status = tr("Finished");
        break;
    case runner::RunStatus::RuntimeError:
        status = tr("Runtime error");
        break;
    case runner::RunStatus::TimeLimit:
        status = result.limit == runner::TimeLimitKind::Cpu ? tr("CPU time limit exceeded")
                                                            : tr("Time limit exceeded");
        break;
    case runner::RunStatus::MemoryLimit:
        status = tr("Memory limit exceeded");
        break;
    case runner::RunStatus::OutputLimit:
        status = tr("Output limit exceeded");
        break;
    case runner::RunStatus::SecurityViolation:
        status = tr("Blocked by the strict profile");
        break;
    case runner::RunStatus::CompileError:
        status = tr("Compile error");
        break;
    case runner::RunStatus::InternalError:
        // The server could not run it (or lost it): the message says why and what to do; times and
        // exit codes would only be noise.
        if (target == ExecutionTarget::Remote)
            return QStringLiteral("— %1 —").arg(
                result.message.isEmpty() ? tr("The server could not run the program.") : result.message);
        status = result.message.isEmpty() ? tr("Sandbox error") : tr("Sandbox error: %1").arg(result.message);
        break;
    case runner::RunStatus::Cancelled:
        status = tr("Stopped");
        break;
    }
    QStringList parts{status};
    // A stopped program was killed by the sandbox on the user's word: its signal says nothing new.
    if (result.status != runner::RunStatus::Cancelled) {
        if (result.exitCode)
            parts << tr("exit code %1").arg(*result.exitCode);
        else if (result.signal)
            parts << tr("signal %1").arg(*result.signal);
    }
    if (const editor::LanguageDefinition *language = editor::EditorLanguages::builtin().find(result.language))
        parts << language->displayName;
    const auto seconds = [](double ms) { return QLocale().toString(ms / 1000.0, 'f', 2); };
    // A compiled language's compile step is timed apart: the run's own time is the program's alone.
    const bool compiled = result.compileMs > 0;
    if (compiled)
        parts << tr("compiled in %1 s").arg(seconds(result.compileMs));
    const bool ran = !compiled || result.status != runner::RunStatus::CompileError;
    // The wall time is the sandbox's; the waiting is the IDE's own measure, so it can only be
    // mentioned beside it (never more than the whole), not subtracted from it.
    const qint64 waitMs = std::min(inputWaitMs, qint64(result.wallMs));
    if (ran && waitMs >= 10)
        parts << (compiled ? tr("ran in %1 s, of which %2 s waiting for input")
                           : tr("%1 s, of which %2 s waiting for input"))
                     .arg(seconds(result.wallMs), seconds(waitMs));
    else if (ran)
        parts << (compiled ? tr("ran in %1 s") : tr("%1 s")).arg(seconds(result.wallMs));
    if (result.peakMemoryKb > 0)
        parts << tr("peak memory %1 MB").arg(QLocale().toString(result.peakMemoryKb / 1024.0, 'f', 1));
    if (result.outputTruncated)
        parts << tr("output truncated");
    return QStringLiteral("— %1 —").arg(parts.join(QStringLiteral(" · ")));
}

void RunPresenter::onFinished(const runner::RunResult &result)
{
    showStderr(m_fileNames.finish());
    QList<OutputError> errors;
    if (m_outputParser) {
        m_outputParser->finish();
        errors = m_outputParser->errors();
    }
    // Mark the innermost location in the user's own code, with the error message as its tooltip.
    for (const OutputError &error : errors) {
        for (auto location = error.locations.crbegin(); location != error.locations.crend(); ++location) {
            if (CodeEditor *editor = editorForRunFile(location->file)) {
                editor->errorMarkers()->mark(location->line, error.message);
                break;
            }
        }
    }
    markDiagnostics(result);
    m_views.violations->setViolations(result.violations, m_fileNames.displayName());
    if (m_runEditor) {
        for (const runner::Violation &violation : result.violations) {
            if (violation.line > 0)
                m_runEditor->errorMarkers()->mark(violation.line, violation.detail);
        }
    }
    m_views.output->finishRun(statusText(result, m_runTarget, m_run->inputWaitMs()));
    if (result.status == runner::RunStatus::SecurityViolation &&
        result.profile == runner::profileName(runner::Profile::Strict)) {
        // A server decides which profiles it runs (its `hello` says); one that only runs strict gets no
        // button that fails.
        const bool canSwitch = m_runTarget == ExecutionTarget::Local
                               || m_sessions->serverProfiles().contains(runner::profileName(runner::Profile::Standard));
        const bool python = result.language == QLatin1String("python");
        QString text;
        if (canSwitch)
            text = python ? tr("The strict profile allows only a safe subset of Python. To run the whole language "
                               "in the same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press "
                               "“Switch to Standard and Run Again” in the Violations panel.\n")
                          : tr("The strict profile does not let a program start other programs. To allow it in the "
                               "same sandbox, choose Standard in Settings ▸ Running programs ▸ Profile, or press "
                               "“Switch to Standard and Run Again” in the Violations panel.\n");
        else
            text = python ? tr("The server runs this program in the strict profile, which allows only a safe "
                               "subset of Python.\n")
                          : tr("The server runs this program in the strict profile, which does not let a program "
                               "start other programs.\n");
        m_views.output->appendOutput(OutputKind::Status, text);
        m_views.violations->profileNotice()->showRefusal(canSwitch);
        m_views.violations->show();
        m_views.violations->raise();
    }
    // A program that could not run says nothing about its complexity worth waiting for.
    if (m_settings->analysisPreferences().analyzeAfterRun && m_runEditor &&
        result.status != runner::RunStatus::Cancelled && result.status != runner::RunStatus::InternalError)
        Q_EMIT analysisWanted(m_runEditor);
    Q_EMIT finished(result);
}

void RunPresenter::markDiagnostics(const runner::RunResult &result)
{
    // The compiler's own words, structured by the runner (the same locally and from a server): one
    // marker per line, its tooltip every message about that line.
    if (!m_runEditor)
        return;
    QMap<int, QStringList> messages;
    for (const runner::Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.line < 1 || diagnostic.severity == QLatin1String("note"))
            continue;
        const QString where = diagnostic.column > 0 ? tr("%1:%2").arg(diagnostic.line).arg(diagnostic.column)
                                                    : QString::number(diagnostic.line);
        messages[diagnostic.line] << tr("%1 (%2): %3").arg(diagnostic.severity, where, diagnostic.message);
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        m_runEditor->errorMarkers()->mark(it.key(), it.value().join(QLatin1Char('\n')));
}

CodeEditor *RunPresenter::runEditor() const
{
    return m_runEditor;
}

CodeEditor *RunPresenter::editorForRunFile(const QString &file) const
{
    // Inside the sandbox the program is always the language's fixed source file (/work/main.py).
    const runner::Language *language = runner::LanguageRegistry::builtin().find(m_run->request().language);
    const QString sourceName =
        language ? language->sourceFileNameFor(m_run->request().source, m_run->request().languageStandard) : QString();
    if (!sourceName.isEmpty() && (file == kSandboxWorkDirectory + sourceName || file == sourceName))
        return m_runEditor;
    // The output names the program by its tab or path (RunFileNames).
    if (m_runEditor && !file.isEmpty() && file == m_fileNames.displayName())
        return m_runEditor;
    return file.startsWith(QLatin1Char('/')) ? m_views.tabs->editorForPath(file) : nullptr;
}

void RunPresenter::showInEditor(CodeEditor *editor, int line)
{
    m_views.tabs->setCurrentWidget(editor);
    editor->goToLine(line);
}

void RunPresenter::goToOutputLocation(const QString &file, int line)
{
    CodeEditor *editor = editorForRunFile(file);
    if (!editor) {
        Q_EMIT statusMessage(tr("%1 is not open in the editor").arg(file), 4000);
        return;
    }
    showInEditor(editor, line);
}

void RunPresenter::rerunWithStandardProfile()
{
    if (m_run->isRunning())
        return;
    RunPreferences preferences = m_settings->runPreferences();
    preferences.profile = runner::Profile::Standard;
    m_settings->setRunPreferences(preferences);
    if (m_runEditor)
        m_views.tabs->setCurrentWidget(m_runEditor);
    Q_EMIT statusMessage(tr("The profile is now standard (Settings ▸ Running programs ▸ Profile)."), 5000);
    runCurrent();
}

void RunPresenter::goToProgramLine(int line)
{
    if (CodeEditor *target = m_runEditor ? m_runEditor.data() : m_views.tabs->currentEditor())
        showInEditor(target, line);
}

} // namespace app
