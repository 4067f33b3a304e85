#include "AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QSettings>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace app {

namespace {
// Keys in one place: a typo here would silently lose a setting.
const QString kFontFamily = QStringLiteral("editor/fontFamily");
const QString kFontSize = QStringLiteral("editor/fontSize");
const QString kTabWidth = QStringLiteral("editor/tabWidth");
const QString kWordWrap = QStringLiteral("editor/wordWrap");
const QString kWhitespace = QStringLiteral("editor/showWhitespace");
const QString kCompletionThreshold = QStringLiteral("editor/completionThreshold");
const QString kZoom = QStringLiteral("view/zoom");
const QString kTarget = QStringLiteral("run/target");
const QString kProfile = QStringLiteral("run/profile");
const QString kTimeout = QStringLiteral("run/timeoutSeconds");
const QString kMemory = QStringLiteral("run/memoryMb");
const QString kOutputLimit = QStringLiteral("run/outputLimitKb");
const QString kServerUrl = QStringLiteral("remote/serverUrl");
const QString kPlainTextToken = QStringLiteral("remote/token");
const QString kTokenServer = QStringLiteral("remote/tokenServer");
const QString kAnalyzeAfterRun = QStringLiteral("analysis/analyzeAfterRun");
const QString kGeminiKey = QStringLiteral("analysis/geminiApiKey");
const QString kGeminiModel = QStringLiteral("analysis/geminiModel");
const QString kTheme = QStringLiteral("ui/theme");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("files/recent");
const QString kWelcomeShown = QStringLiteral("ui/welcomeShown");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSeparateInputLine = QStringLiteral("run/separateInputLine");
const QString kStopOnExceptions = QStringLiteral("debug/stopOnUncaughtExceptions");

QString defaultFileName()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/code-remote.ini");
}

// The file may hold the API token (without a keychain) and the Gemini key, so it is the user's alone
// from the moment it exists: created 0600 before QSettings first writes it (QSettings would create it
// 0666 less the umask, world-readable on most systems), and an older, wider file is narrowed. QSettings
// saves through QSaveFile, which gives the replacement the permissions of the file it replaces.
void restrictToOwner(const QString &fileName)
{
    const QByteArray path = QFile::encodeName(fileName);
    const int fd = ::open(path.constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600);
        ::close(fd);
    }
}
} // namespace

runner::SandboxPolicy RunPreferences::policy() const
{
    runner::SandboxPolicy policy;
    policy.profile = profile;
    policy.limits.wallMs = qint64(timeoutSeconds) * 1000;
    policy.limits.memoryBytes = qint64(memoryMb) * 1024 * 1024;
    policy.limits.outputBytes = qint64(outputLimitKb) * 1024;
    return policy;
}

bool RunPreferences::operator==(const RunPreferences &other) const
{
    return target == other.target && profile == other.profile && timeoutSeconds == other.timeoutSeconds
           && memoryMb == other.memoryMb && outputLimitKb == other.outputLimitKb;
}

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
{
    const QString path = fileName.isEmpty() ? defaultFileName() : fileName;
    restrictToOwner(path);
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

editor::EditorAppearance AppSettings::editorAppearance() const
{
    editor::EditorAppearance appearance;
    const QString fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    appearance.fontFamily = m_settings->value(kFontFamily, fixed).toString();
    appearance.fontSize = std::clamp(m_settings->value(kFontSize, 11).toInt(), 6, 72);
    appearance.tabWidth = std::clamp(m_settings->value(kTabWidth, 4).toInt(), 1, 16);
    appearance.wordWrap = m_settings->value(kWordWrap, false).toBool();
    appearance.showWhitespace = m_settings->value(kWhitespace, false).toBool();
    return appearance;
}

void AppSettings::setEditorAppearance(const editor::EditorAppearance &appearance)
{
    editor::EditorAppearance stored = appearance;
    stored.dark = false;
    editor::EditorAppearance current = editorAppearance();
    if (stored == current)
        return;
    m_settings->setValue(kFontFamily, appearance.fontFamily);
    m_settings->setValue(kFontSize, appearance.fontSize);
    m_settings->setValue(kTabWidth, appearance.tabWidth);
    m_settings->setValue(kWordWrap, appearance.wordWrap);
    m_settings->setValue(kWhitespace, appearance.showWhitespace);
    Q_EMIT editorAppearanceChanged();
}

RunPreferences AppSettings::runPreferences() const
{
    RunPreferences preferences;
    preferences.target = m_settings->value(kTarget).toString() == QLatin1String("remote") ? ExecutionTarget::Remote
                                                                                          : ExecutionTarget::Local;
    // A profile the user chose stays as chosen. Without one: locally the OS layers are the boundary and
    // `standard` runs ordinary programs (import sys, open()); a server's model is `strict`.
    const runner::Profile byDefault =
        preferences.target == ExecutionTarget::Remote ? runner::Profile::Strict : runner::Profile::Standard;
    preferences.profile = runner::profileFromName(m_settings->value(kProfile).toString()).value_or(byDefault);
    preferences.timeoutSeconds =
        std::clamp(m_settings->value(kTimeout, preferences.timeoutSeconds).toInt(), 1, 3600);
    preferences.memoryMb = std::clamp(m_settings->value(kMemory, preferences.memoryMb).toInt(), 16, 65536);
    preferences.outputLimitKb =
        std::clamp(m_settings->value(kOutputLimit, preferences.outputLimitKb).toInt(), 1, 1024 * 1024);
    return preferences;
}

void AppSettings::setRunPreferences(const RunPreferences &preferences)
{
    const RunPreferences previous = runPreferences();
    if (preferences == previous)
        return;
    // Only a profile the user changed is stored: a default written back with another setting (or a
    // target switch) would pin `standard` for a server, whose model is `strict`.
    const runner::Profile targetDefault =
        preferences.target == ExecutionTarget::Remote ? runner::Profile::Strict : runner::Profile::Standard;
    if (m_settings->contains(kProfile) ||
        (preferences.profile != previous.profile && preferences.profile != targetDefault))
        m_settings->setValue(kProfile, runner::profileName(preferences.profile));
    m_settings->setValue(kTarget, preferences.target == ExecutionTarget::Remote ? QStringLiteral("remote")
                                                                                 : QStringLiteral("local"));
    m_settings->setValue(kTimeout, preferences.timeoutSeconds);
    m_settings->setValue(kMemory, preferences.memoryMb);
    m_settings->setValue(kOutputLimit, preferences.outputLimitKb);
    Q_EMIT runPreferencesChanged();
}

QUrl RemotePreferences::url() const
{
    const QString text = serverUrl.trimmed();
    if (text.isEmpty())
        return QUrl();
    // People type "localhost:8000"; QUrl would read "localhost" as the scheme.
    const QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("http://") + text, QUrl::StrictMode);
    return url.isValid() ? url : QUrl();
}

RemotePreferences AppSettings::remotePreferences() const
{
    RemotePreferences preferences;
    preferences.serverUrl = m_settings->value(kServerUrl).toString().trimmed();
    return preferences;
}

void AppSettings::setRemotePreferences(const RemotePreferences &preferences)
{
    RemotePreferences stored = preferences;
    stored.serverUrl = stored.serverUrl.trimmed();
    if (stored == remotePreferences())
        return;
    m_settings->setValue(kServerUrl, stored.serverUrl);
    Q_EMIT remotePreferencesChanged();
}

QString AppSettings::plainTextRemoteToken() const
{
    return m_settings->value(kPlainTextToken).toString();
}

void AppSettings::setPlainTextRemoteToken(const QString &token)
{
    if (token.isEmpty())
        m_settings->remove(kPlainTextToken);
    else
        m_settings->setValue(kPlainTextToken, token);
    // Written through at once: the token must not depend on a clean exit to reach (or leave) the disk.
    m_settings->sync();
}

QString AppSettings::remoteTokenServer() const
{
    return m_settings->value(kTokenServer).toString();
}

void AppSettings::setRemoteTokenServer(const QString &server)
{
    if (server.isEmpty())
        m_settings->remove(kTokenServer);
    else
        m_settings->setValue(kTokenServer, server);
    m_settings->sync();
}

bool AnalysisPreferences::operator==(const AnalysisPreferences &other) const
{
    return analyzeAfterRun == other.analyzeAfterRun && geminiApiKey == other.geminiApiKey
           && geminiModel == other.geminiModel;
}

AnalysisPreferences AppSettings::analysisPreferences() const
{
    AnalysisPreferences preferences;
    preferences.analyzeAfterRun = m_settings->value(kAnalyzeAfterRun, true).toBool();
    preferences.geminiApiKey = m_settings->value(kGeminiKey).toString().trimmed();
    const QString model = m_settings->value(kGeminiModel).toString().trimmed();
    if (!model.isEmpty())
        preferences.geminiModel = model;
    return preferences;
}

void AppSettings::setAnalysisPreferences(const AnalysisPreferences &preferences)
{
    if (preferences == analysisPreferences())
        return;
    m_settings->setValue(kAnalyzeAfterRun, preferences.analyzeAfterRun);
    m_settings->setValue(kGeminiKey, preferences.geminiApiKey.trimmed());
    m_settings->setValue(kGeminiModel, preferences.geminiModel.trimmed());
    Q_EMIT analysisPreferencesChanged();
}

ThemeChoice AppSettings::theme() const
{
    const QString value = m_settings->value(kTheme).toString();
    if (value == QLatin1String("light"))
        return ThemeChoice::Light;
    if (value == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void AppSettings::setTheme(ThemeChoice theme)
{
    if (theme == this->theme())
        return;
    const char *names[] = {"system", "light", "dark"};
    m_settings->setValue(kTheme, QString::fromLatin1(names[int(theme)]));
    Q_EMIT themeChanged();
}

QString AppSettings::interfaceLanguage() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setInterfaceLanguage(const QString &language)
{
    if (language == interfaceLanguage())
        return;
    m_settings->setValue(kLanguage, language);
    Q_EMIT interfaceLanguageChanged();
}

int AppSettings::zoom() const
{
    return std::clamp(m_settings->value(kZoom, 0).toInt(), kMinZoom, kMaxZoom);
}

void AppSettings::setZoom(int level)
{
    level = std::clamp(level, kMinZoom, kMaxZoom);
    if (level == zoom())
        return;
    m_settings->setValue(kZoom, level);
    Q_EMIT zoomChanged(level);
}

int AppSettings::completionThreshold() const
{
    return std::clamp(m_settings->value(kCompletionThreshold, 2).toInt(), 1, 10);
}

void AppSettings::setCompletionThreshold(int characters)
{
    if (characters == completionThreshold())
        return;
    m_settings->setValue(kCompletionThreshold, characters);
    Q_EMIT editorAppearanceChanged();
}

bool AppSettings::separateInputLine() const
{
    return m_settings->value(kSeparateInputLine, false).toBool();
}

void AppSettings::setSeparateInputLine(bool separate)
{
    if (separate == separateInputLine())
        return;
    m_settings->setValue(kSeparateInputLine, separate);
    Q_EMIT separateInputLineChanged();
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecent, files);
    Q_EMIT recentFilesChanged();
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(kRecent);
    Q_EMIT recentFilesChanged();
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(path) == 0)
        return;
    m_settings->setValue(kRecent, files);
    Q_EMIT recentFilesChanged();
}

bool AppSettings::stopOnUncaughtExceptions() const
{
    return m_settings->value(kStopOnExceptions, true).toBool();
}

void AppSettings::setStopOnUncaughtExceptions(bool stop)
{
    m_settings->setValue(kStopOnExceptions, stop);
}

bool AppSettings::welcomeShown() const
{
    return m_settings->value(kWelcomeShown, false).toBool();
}

void AppSettings::setWelcomeShown(bool shown)
{
    m_settings->setValue(kWelcomeShown, shown);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(kGeometry, geometry);
    m_settings->setValue(kState, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace app
