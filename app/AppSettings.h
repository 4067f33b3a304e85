#pragma once

#include <editor/EditorStyle.h>
#include <runner/SandboxPolicy.h>

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QSettings;

namespace app {

enum class ExecutionTarget { Local, Remote };
enum class ThemeChoice { System, Light, Dark };

// How programs run: the settings dialog's "Run" page.
struct RunPreferences
{
    ExecutionTarget target = ExecutionTarget::Local;
    runner::Profile profile = runner::Profile::Standard;
    int timeoutSeconds = int(sandbox::contract::defaults::kWallMs / 1000);
    int memoryMb = int(sandbox::contract::defaults::kMemoryBytes >> 20);
    int outputLimitKb = int(sandbox::contract::defaults::kOutputBytes >> 10);

    runner::SandboxPolicy policy() const;
    bool operator==(const RunPreferences &other) const;
    bool operator!=(const RunPreferences &other) const { return !(*this == other); }
};

// The Code Remote server that remote runs go to. The API token is not here: TokenKeychain keeps it in the
// user's keychain, or in this file only when no keychain is available (see plainTextRemoteToken()).
struct RemotePreferences
{
    QString serverUrl; // as the user typed it; url() adds the scheme

    // "host:port" becomes http://host:port; an empty or unusable text gives an empty URL.
    QUrl url() const;
    bool operator==(const RemotePreferences &other) const { return serverUrl == other.serverUrl; }
    bool operator!=(const RemotePreferences &other) const { return !(*this == other); }
};

// Complexity analysis: the settings dialog's "Analysis" group. The Gemini key is stored in the
// settings file in plain text (the dialog says so) and must never reach a log or an error message.
struct AnalysisPreferences
{
    bool analyzeAfterRun = true;
    QString geminiApiKey; // empty: offline analysis only
    QString geminiModel = QStringLiteral("gemini-flash-latest");

    bool operator==(const AnalysisPreferences &other) const;
    bool operator!=(const AnalysisPreferences &other) const { return !(*this == other); }
};

// The application's one settings object: every key, group and default is written here once, and
// every change is announced, so windows and editors follow it instead of reading storage themselves.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    // `fileName` empty: the user's configuration directory (QStandardPaths::AppConfigLocation). The file
    // is made readable by its owner only (0600): it may hold the API token and the Gemini key.
    explicit AppSettings(const QString &fileName = QString(), QObject *parent = nullptr);
    ~AppSettings() override;

    QString fileName() const;

    // The editor's look; `dark` is not stored, it follows the theme.
    editor::EditorAppearance editorAppearance() const;
    void setEditorAppearance(const editor::EditorAppearance &appearance);

    RunPreferences runPreferences() const;
    void setRunPreferences(const RunPreferences &preferences);

    RemotePreferences remotePreferences() const;
    void setRemotePreferences(const RemotePreferences &preferences);

    // The API token kept in this file in plain text: only TokenKeychain uses it, and only when the keychain
    // cannot be reached. Empty when the token lives in the keychain (or there is none).
    QString plainTextRemoteToken() const;
    void setPlainTextRemoteToken(const QString &token);
    // The server ("host:port") the API token was entered for: only TokenKeychain uses it.
    QString remoteTokenServer() const;
    void setRemoteTokenServer(const QString &server);

    AnalysisPreferences analysisPreferences() const;
    void setAnalysisPreferences(const AnalysisPreferences &preferences);

    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    // A locale name such as "de", or empty to follow the system.
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    // One zoom level for every editor and the output pane (points added to the font size), so a
    // projected screen is readable everywhere at once.
    int zoom() const;
    void setZoom(int level);
    static constexpr int kMinZoom = -8;
    static constexpr int kMaxZoom = 20;

    int completionThreshold() const;
    void setCompletionThreshold(int characters);

    // The program's input is typed in a separate line under the output instead of in the output (the
    // console, the default).
    bool separateInputLine() const;
    void setSeparateInputLine(bool separate);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();
    // A recent file that could not be opened any more leaves the list.
    void removeRecentFile(const QString &path);
    static constexpr int kMaxRecentFiles = 10;

    // Debugging: an uncaught exception pauses where it was raised (on by default, as in VS Code).
    bool stopOnUncaughtExceptions() const;
    void setStopOnUncaughtExceptions(bool stop);

    // The welcome page is shown on the first start only; Help ▸ Welcome shows it again.
    bool welcomeShown() const;
    void setWelcomeShown(bool shown);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

    void sync();

Q_SIGNALS:
    void editorAppearanceChanged();
    void runPreferencesChanged();
    void remotePreferencesChanged();
    void analysisPreferencesChanged();
    void themeChanged();
    void interfaceLanguageChanged();
    void recentFilesChanged();
    void zoomChanged(int level);
    void separateInputLineChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace app
