#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace app {

class AppSettings;

// Edits the one settings object directly: every change is written at once and the window, editors and
// runs follow through the settings' change signals. There is no "Apply": closing keeps what was set.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

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

    AppSettings *m_settings;
    QComboBox *m_target;
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
