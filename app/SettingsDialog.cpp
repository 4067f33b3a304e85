#include "SettingsDialog.h"

#include "AppSettings.h"
#include "ConnectionTester.h"
#include "InterfaceLanguages.h"
#include "TokenKeychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace app {

namespace {
QSpinBox *spinBox(QWidget *parent, int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, TokenKeychain *tokens, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_target(new QComboBox(this))
    , m_serverUrl(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenNote(new QLabel(this))
    , m_tokenWarningIcon(new QLabel(this))
    , m_testConnection(new QPushButton(this))
    , m_connectionResult(new QLabel(this))
    , m_tester(new ConnectionTester(this))
    , m_profile(new QComboBox(this))
    , m_timeout(spinBox(this, 1, 3600, tr(" s")))
    , m_memory(spinBox(this, 16, 65536, tr(" MB")))
    , m_outputLimit(spinBox(this, 1, 1024 * 1024, tr(" KB")))
    , m_font(new QFontComboBox(this))
    , m_fontSize(spinBox(this, 6, 72, tr(" pt")))
    , m_tabWidth(spinBox(this, 1, 16, QString()))
    , m_completion(spinBox(this, 1, 10, QString()))
    , m_wordWrap(new QCheckBox(tr("Wrap long lines"), this))
    , m_whitespace(new QCheckBox(tr("Show spaces and tabs"), this))
    , m_analyzeAfterRun(new QCheckBox(tr("Analyze complexity after each run"), this))
    , m_geminiKey(new QLineEdit(this))
    , m_geminiModel(new QLineEdit(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_target->addItem(tr("This computer (local sandbox)"), int(ExecutionTarget::Local));
    m_target->addItem(tr("Code Remote server"), int(ExecutionTarget::Remote));
    m_serverUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8000"));
    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    // A token is a password: never shown, never offered to other applications through the clipboard.
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tokenNote->setObjectName(QStringLiteral("tokenStorageNote"));
    m_tokenNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_tokenWarningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_tokenWarningIcon->setAlignment(Qt::AlignTop);
    m_profile->addItem(tr("Strict (whitelisted imports, like the hosted platform)"), int(runner::Profile::Strict));
    m_profile->addItem(tr("Standard (the whole language)"), int(runner::Profile::Standard));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_theme->addItem(tr("Follow the system"), int(ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    // The key is a password: never shown, never offered to other applications through the clipboard.
    m_geminiKey->setEchoMode(QLineEdit::Password);
    m_geminiKey->setPlaceholderText(tr("Empty: offline analysis only"));
    m_geminiKey->setClearButtonEnabled(true);
    m_geminiModel->setPlaceholderText(AnalysisPreferences().geminiModel);
    m_language->addItem(tr("System language"), QString());
    // Language names in their own language, so a user can find theirs whatever is showing now.
    for (const InterfaceLanguage &language : InterfaceLanguages::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setObjectName(QStringLiteral("languageBox"));

    const std::pair<QWidget *, QString> names[] = {
        {m_target, tr("Execution target")}, {m_serverUrl, tr("Server URL")},
        {m_token, tr("Server API token")}, {m_tokenNote, tr("Where the API token is stored")},
        {m_profile, tr("Security profile")},
        {m_timeout, tr("Time limit")},      {m_memory, tr("Memory limit")},
        {m_outputLimit, tr("Output limit")}, {m_font, tr("Editor font")},
        {m_fontSize, tr("Font size")},      {m_tabWidth, tr("Tab width")},
        {m_completion, tr("Characters before completion")}, {m_wordWrap, tr("Word wrap")},
        {m_whitespace, tr("Show whitespace")}, {m_analyzeAfterRun, tr("Analyze after run")},
        {m_geminiKey, tr("Gemini API key")}, {m_geminiModel, tr("Gemini model")}, {m_theme, tr("Theme")},
        {m_language, tr("Interface language")},
    };
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);

    auto *run = new QGroupBox(tr("Running programs"), this);
    auto *runForm = new QFormLayout(run);
    runForm->addRow(tr("&Run on:"), m_target);
    runForm->addRow(tr("&Profile:"), m_profile);
    runForm->addRow(tr("&Time limit:"), m_timeout);
    runForm->addRow(tr("&Memory limit:"), m_memory);
    runForm->addRow(tr("&Output limit:"), m_outputLimit);
    auto *server = new QGroupBox(tr("Code Remote server"), this);
    server->setObjectName(QStringLiteral("serverGroup"));
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("Server &URL:"), m_serverUrl);
    serverForm->addRow(tr("API to&ken:"), m_token);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_tokenWarningIcon);
    noteRow->addWidget(m_tokenNote, 1);
    serverForm->addRow(noteRow);
    m_testConnection->setText(tr("&Test connection"));
    m_connectionResult->setObjectName(QStringLiteral("connectionResult"));
    m_connectionResult->setWordWrap(true);
    m_connectionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connectionResult->setAccessibleName(tr("Connection test result"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testConnection);
    testRow->addWidget(m_connectionResult, 1);
    serverForm->addRow(testRow);
    // What the fields say now, saved or not: the user tests before relying on it.
    connect(m_testConnection, &QPushButton::clicked, this, [this] {
        m_testConnection->setEnabled(false);
        m_connectionResult->setText(tr("Testing…"));
        m_tester->test(RemotePreferences{m_serverUrl->text()}.url(), m_token->text());
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](ConnectionTester::Outcome, const QString &message) {
        m_testConnection->setEnabled(true);
        m_connectionResult->setText(message);
    });
    auto *edit = new QGroupBox(tr("Editor"), this);
    auto *editForm = new QFormLayout(edit);
    editForm->addRow(tr("&Font:"), m_font);
    editForm->addRow(tr("Font &size:"), m_fontSize);
    editForm->addRow(tr("Ta&b width:"), m_tabWidth);
    editForm->addRow(tr("&Complete after:"), m_completion);
    editForm->addRow(QString(), m_wordWrap);
    editForm->addRow(QString(), m_whitespace);
    auto *analysis = new QGroupBox(tr("Complexity analysis"), this);
    auto *analysisForm = new QFormLayout(analysis);
    analysisForm->addRow(QString(), m_analyzeAfterRun);
    analysisForm->addRow(tr("Gemini API &key:"), m_geminiKey);
    analysisForm->addRow(tr("Gemini mo&del:"), m_geminiModel);
    auto *keyNote = new QLabel(tr("The key is stored unencrypted in this computer's settings file (%1) and is sent "
                                  "only to Google's Gemini API. Without a key the analysis runs offline.")
                                   .arg(QDir::toNativeSeparators(m_settings->fileName())),
                               analysis);
    keyNote->setWordWrap(true);
    keyNote->setEnabled(false); // the muted colour of a hint
    keyNote->setObjectName(QStringLiteral("geminiKeyNote"));
    analysisForm->addRow(keyNote);
    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("T&heme:"), m_theme);
    lookForm->addRow(tr("&Language:"), m_language);
    // The main window retranslates itself at once; this dialog and texts already shown (an open tab's
    // "Untitled 1", the output so far) keep the language they were made in.
    auto *languageNote = new QLabel(tr("The main window changes language at once; the rest follows after a restart."),
                                    look);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false); // the muted colour of a hint
    languageNote->setObjectName(QStringLiteral("languageNote"));
    lookForm->addRow(languageNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Two columns: where and how programs run on the left, the editor's look and analysis on the
    // right, so the dialog fits a laptop screen's height.
    // The appearance group sits under the server's: with the wrapped notes of long translations the
    // right column would otherwise outgrow a small screen's height and clip them.
    auto *left = new QVBoxLayout;
    left->addWidget(run);
    left->addWidget(server);
    left->addWidget(look);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(edit);
    right->addWidget(analysis);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    load();
    const auto storeRun = [this] { this->storeRun(); };
    const auto storeEditor = [this] { this->storeEditor(); };
    connect(m_profile, &QComboBox::currentIndexChanged, this, storeRun);
    connect(m_target, &QComboBox::currentIndexChanged, this, storeRun);
    connect(m_timeout, &QSpinBox::valueChanged, this, storeRun);
    connect(m_memory, &QSpinBox::valueChanged, this, storeRun);
    connect(m_outputLimit, &QSpinBox::valueChanged, this, storeRun);
    connect(m_serverUrl, &QLineEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_settings->setRemotePreferences({m_serverUrl->text()});
        // The token shown is the one for the server now named, if the user has not typed one.
        if (!m_token->isModified())
            showToken();
    });
    // The token goes to the keychain, which is slow and may ask the user: once per edit, not per key.
    connect(m_token, &QLineEdit::editingFinished, this, &SettingsDialog::storeToken);
    connect(this, &QDialog::finished, this, &SettingsDialog::storeToken);
    connect(m_tokens, &TokenKeychain::ready, this, &SettingsDialog::showToken);
    connect(m_tokens, &TokenKeychain::storageChanged, this, &SettingsDialog::showTokenStorage);
    // Whether the storage note matters depends on the target and on there being a token.
    connect(m_target, &QComboBox::currentIndexChanged, this, &SettingsDialog::showTokenStorage);
    connect(m_token, &QLineEdit::textChanged, this, &SettingsDialog::showTokenStorage);
    connect(m_font, &QFontComboBox::currentFontChanged, this, storeEditor);
    connect(m_fontSize, &QSpinBox::valueChanged, this, storeEditor);
    connect(m_tabWidth, &QSpinBox::valueChanged, this, storeEditor);
    connect(m_completion, &QSpinBox::valueChanged, this, storeEditor);
    connect(m_wordWrap, &QCheckBox::toggled, this, storeEditor);
    connect(m_whitespace, &QCheckBox::toggled, this, storeEditor);
    const auto storeAnalysis = [this] { this->storeAnalysis(); };
    connect(m_analyzeAfterRun, &QCheckBox::toggled, this, storeAnalysis);
    connect(m_geminiKey, &QLineEdit::textChanged, this, storeAnalysis);
    connect(m_geminiModel, &QLineEdit::textChanged, this, storeAnalysis);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_settings->setTheme(ThemeChoice(m_theme->currentData().toInt()));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_settings->setInterfaceLanguage(m_language->currentData().toString());
    });
}

void SettingsDialog::load()
{
    m_loading = true;
    const RunPreferences run = m_settings->runPreferences();
    m_target->setCurrentIndex(m_target->findData(int(run.target)));
    m_profile->setCurrentIndex(m_profile->findData(int(run.profile)));
    m_timeout->setValue(run.timeoutSeconds);
    m_memory->setValue(run.memoryMb);
    m_outputLimit->setValue(run.outputLimitKb);
    m_serverUrl->setText(m_settings->remotePreferences().serverUrl);
    showToken();
    showTokenStorage();
    m_tokens->load();
    const editor::EditorAppearance appearance = m_settings->editorAppearance();
    m_font->setCurrentFont(QFont(appearance.fontFamily));
    m_fontSize->setValue(appearance.fontSize);
    m_tabWidth->setValue(appearance.tabWidth);
    m_wordWrap->setChecked(appearance.wordWrap);
    m_whitespace->setChecked(appearance.showWhitespace);
    m_completion->setValue(m_settings->completionThreshold());
    const AnalysisPreferences analysis = m_settings->analysisPreferences();
    m_analyzeAfterRun->setChecked(analysis.analyzeAfterRun);
    m_geminiKey->setText(analysis.geminiApiKey);
    m_geminiModel->setText(analysis.geminiModel);
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings->theme())));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->interfaceLanguage())));
    m_loading = false;
}

void SettingsDialog::storeRun()
{
    if (m_loading)
        return;
    RunPreferences run;
    run.target = ExecutionTarget(m_target->currentData().toInt());
    run.profile = runner::Profile(m_profile->currentData().toInt());
    run.timeoutSeconds = m_timeout->value();
    run.memoryMb = m_memory->value();
    run.outputLimitKb = m_outputLimit->value();
    m_settings->setRunPreferences(run);
}

void SettingsDialog::focusServerSettings()
{
    QLineEdit *first = m_serverUrl->text().isEmpty() || !m_token->isEnabled() ? m_serverUrl : m_token;
    first->setFocus();
}

void SettingsDialog::storeToken()
{
    // Nothing to store before the keychain answered: the field was disabled and still empty.
    if (!m_tokens->isReady() || !m_token->isEnabled())
        return;
    // Only what the user typed: a field left empty because the saved token belongs to another server
    // must not erase that token.
    if (!m_token->isModified())
        return;
    m_tokens->setToken(m_token->text(), m_settings->remotePreferences().url());
    m_token->setModified(false);
}

void SettingsDialog::showToken()
{
    const bool ready = m_tokens->isReady();
    m_token->setEnabled(ready);
    if (ready) {
        const QString token = m_tokens->tokenFor(m_settings->remotePreferences().url());
        m_token->setText(token);
        if (token.isEmpty() && !m_tokens->token().isEmpty())
            m_token->setPlaceholderText(
                tr("The saved token is for %1; enter the token for this server").arg(m_tokens->server()));
        else
            m_token->setPlaceholderText(tr("From `code-remote-server token create NAME`"));
    } else {
        m_token->setPlaceholderText(tr("Reading the keychain…"));
    }
}

void SettingsDialog::showTokenStorage()
{
    m_tokenNote->show();
    switch (m_tokens->storage()) {
    case TokenKeychain::Storage::Unknown:
        m_tokenNote->setText(tr("Looking for the system keychain…"));
        m_tokenWarningIcon->hide();
        break;
    case TokenKeychain::Storage::Keychain:
        m_tokenNote->setText(tr("The token is kept in your system keychain."));
        m_tokenWarningIcon->hide();
        break;
    case TokenKeychain::Storage::SettingsFile: {
        // A missing keychain matters once there is a token to keep, or remote runs are chosen: someone
        // running locally without a token is not warned about a keychain they do not need.
        const bool relevant = !m_tokens->token().isEmpty() || !m_token->text().isEmpty()
                              || ExecutionTarget(m_target->currentData().toInt()) == ExecutionTarget::Remote;
        m_tokenNote->setVisible(relevant);
        m_tokenWarningIcon->setVisible(relevant);
        if (!relevant)
            break;
        const QString reason = m_tokens->keychainError();
        m_tokenNote->setText(
            tr("No system keychain is available%1, so the token is stored in plain text in the settings file "
               "%2, which only your user account can read.")
                .arg(reason.isEmpty() ? QString() : tr(" (%1)").arg(reason),
                     QDir::toNativeSeparators(m_settings->fileName())));
        break;
    }
    }
}

void SettingsDialog::storeEditor()
{
    if (m_loading)
        return;
    editor::EditorAppearance appearance = m_settings->editorAppearance();
    appearance.fontFamily = m_font->currentFont().family();
    appearance.fontSize = m_fontSize->value();
    appearance.tabWidth = m_tabWidth->value();
    appearance.wordWrap = m_wordWrap->isChecked();
    appearance.showWhitespace = m_whitespace->isChecked();
    m_settings->setEditorAppearance(appearance);
    m_settings->setCompletionThreshold(m_completion->value());
}

void SettingsDialog::storeAnalysis()
{
    if (m_loading)
        return;
    AnalysisPreferences analysis;
    analysis.analyzeAfterRun = m_analyzeAfterRun->isChecked();
    analysis.geminiApiKey = m_geminiKey->text();
    // An emptied field means "the default", not "no model".
    if (!m_geminiModel->text().trimmed().isEmpty())
        analysis.geminiModel = m_geminiModel->text();
    m_settings->setAnalysisPreferences(analysis);
}

} // namespace app
