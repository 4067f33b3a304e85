#include "SettingsDialog.h"

#include "AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
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

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_target(new QComboBox(this))
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
    m_target->addItem(tr("Code Remote server (coming soon)"), int(ExecutionTarget::Remote));
    // Remote runs arrive with the remote module: show the choice, but keep it unavailable.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_target->model()))
        model->item(1)->setEnabled(false);
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
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));

    const std::pair<QWidget *, QString> names[] = {
        {m_target, tr("Execution target")}, {m_profile, tr("Security profile")},
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
    analysisForm->addRow(QString(), keyNote);
    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("T&heme:"), m_theme);
    lookForm->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(run);
    layout->addWidget(edit);
    layout->addWidget(analysis);
    layout->addWidget(look);
    layout->addWidget(buttons);

    load();
    const auto storeRun = [this] { this->storeRun(); };
    const auto storeEditor = [this] { this->storeEditor(); };
    connect(m_profile, &QComboBox::currentIndexChanged, this, storeRun);
    connect(m_target, &QComboBox::currentIndexChanged, this, storeRun);
    connect(m_timeout, &QSpinBox::valueChanged, this, storeRun);
    connect(m_memory, &QSpinBox::valueChanged, this, storeRun);
    connect(m_outputLimit, &QSpinBox::valueChanged, this, storeRun);
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
