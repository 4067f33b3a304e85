#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace app {

class AppSettings;
class ConnectionTester;
class TokenKeychain;

// Edits the one settings object directly: every change is written at once and the window, editors and
// runs follow through the settings' change signals. There is no "Apply": closing keeps what was set.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, TokenKeychain *tokens, QWidget *parent = nullptr);

    // Opens with the server fields in view and the cursor in the first empty one.
    void focusServerSettings();

    QComboBox *targetBox() const { return m_target; }
    QLineEdit *serverUrlEdit() const { return m_serverUrl; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLabel *tokenStorageNote() const { return m_tokenNote; }
    // "Test connection": the server's health, the latency and whether it accepts the token.
    QPushButton *testConnectionButton() const { return m_testConnection; }
    QLabel *connectionResult() const { return m_connectionResult; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *profileBox() const { return m_profile; }
    QLineEdit *geminiKeyEdit() const { return m_geminiKey; }
    QLineEdit *geminiModelEdit() const { return m_geminiModel; }
    QCheckBox *analyzeAfterRunBox() const { return m_analyzeAfterRun; }

private:
    void load();
    void storeRun();
    void storeEditor();
    void storeAnalysis();
    void storeToken();
    void showToken();
    void showTokenStorage();

    AppSettings *m_settings;
    TokenKeychain *m_tokens;
    QComboBox *m_target;
    QLineEdit *m_serverUrl;
    QLineEdit *m_token;
    QLabel *m_tokenNote;
    QLabel *m_tokenWarningIcon;
    QPushButton *m_testConnection;
    QLabel *m_connectionResult;
    ConnectionTester *m_tester;
    QComboBox *m_profile;
    QSpinBox *m_timeout;
    QSpinBox *m_memory;
    QSpinBox *m_outputLimit;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QSpinBox *m_tabWidth;
    QSpinBox *m_completion;
    QCheckBox *m_wordWrap;
    QCheckBox *m_whitespace;
    QCheckBox *m_analyzeAfterRun;
    QLineEdit *m_geminiKey;
    QLineEdit *m_geminiModel;
    QComboBox *m_theme;
    QComboBox *m_language;
    bool m_loading = false;
};

} // namespace app
