#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/FindBar.h>
#include <app/InterfaceLanguages.h>
#include <app/MainWindow.h>
#include <app/SettingsDialog.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

using namespace app;

namespace {
// The text a widget shows, with the accelerator's '&' removed as the style draws it.
QString shownText(QString text)
{
    return text.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

// On screen: visible and not inside a panel that a tabbed neighbour covers (QMainWindow gives such a
// dock no area, so its contents keep a geometry they were never shown with).
bool shown(QWidget *widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}

// Texts set by the retranslation queue layout requests, and a layout's answer may queue more (a
// dock's contents, then the dock): run them until none is left, so geometries are the final ones.
void settleLayouts()
{
    for (int round = 0; round < 10; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// "Label 'x' (objectName) needs 120 px, has 96" for every visible one-line label or button whose text
// is wider than the room its widget gives it, and every word-wrapped one whose lines need more height than
// it has. Widgets in a hidden tab or panel are left out: the caller raises them.
QStringList cutOffTexts(QWidget *top)
{
    QStringList cut;
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (shown(label) && label->wordWrap() && !label->text().isEmpty()) {
            // A wrapped text needs the height of its lines at the label's width.
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                cut << QStringLiteral("wrapped label '%1' (%2) needs %3 px of height, has %4")
                           .arg(label->text().left(40), label->objectName())
                           .arg(needed)
                           .arg(label->height());
            continue;
        }
        if (!shown(label) || label->wordWrap() || label->text().isEmpty() ||
            Qt::mightBeRichText(label->text()) || label->text().contains(QLatin1Char('\n')))
            continue;
        const QString text = label->buddy() ? shownText(label->text()) : label->text();
        const int needed = label->fontMetrics().horizontalAdvance(text);
        const int room = label->contentsRect().width() - 2 * label->margin() - qMax(0, label->indent());
        if (needed > room)
            cut << QStringLiteral("label '%1' (%2) needs %3 px, has %4")
                       .arg(text, label->objectName())
                       .arg(needed)
                       .arg(room);
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        auto *tool = qobject_cast<QToolButton *>(button);
        if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue; // a tool bar's icon: its text is the tool tip
        const QString text = shownText(button->text());
        int needed = button->fontMetrics().horizontalAdvance(text);
        int room = button->contentsRect().width();
        if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)) {
            // The indicator and the gap after it come before the text.
            QStyleOptionButton option;
            option.initFrom(button);
            const bool check = qobject_cast<QCheckBox *>(button);
            room -=
                button->style()->pixelMetric(
                    check ? QStyle::PM_IndicatorWidth : QStyle::PM_ExclusiveIndicatorWidth, &option, button) +
                button->style()->pixelMetric(check ? QStyle::PM_CheckBoxLabelSpacing
                                                   : QStyle::PM_RadioButtonLabelSpacing,
                                             &option, button);
        } else if (!button->icon().isNull() && !(tool && tool->toolButtonStyle() == Qt::ToolButtonTextOnly)) {
            room -= button->iconSize().width() + 4;
        }
        if (needed > room)
            cut << QStringLiteral("button '%1' (%2) needs %3 px, has %4")
                       .arg(text, button->objectName())
                       .arg(needed)
                       .arg(room);
    }
    for (QComboBox *box : top->findChildren<QComboBox *>()) {
        if (!shown(box) || box->isEditable() || box->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(box);
        const int room = box->style()
                             ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box)
                             .width();
        const int needed = box->fontMetrics().horizontalAdvance(box->currentText());
        if (needed > room)
            cut << QStringLiteral("combo box '%1' (%2) needs %3 px, has %4")
                       .arg(box->currentText(), box->accessibleName())
                       .arg(needed)
                       .arg(room);
    }
    return cut;
}
} // namespace

// Renders the main window, its find bar and the settings dialog in every shipped language (English and
// each catalogue in :/i18n) at the window's default size, saves each to <build>/screenshots/languages/,
// and fails when a label's or button's text is wider than its widget: long German words and CJK text
// (measured with a CJK font, see scripts/packages/test.txt) must both fit.
class TestTranslationsLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Without a CJK font Chinese and Japanese are measured as narrow boxes and anything would fit.
        bool cjk = false;
        for (const QString &family : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
            cjk = cjk || QFontDatabase::writingSystems(family).contains(QFontDatabase::Japanese);
        QVERIFY2(
            cjk,
            "no font covers Chinese and Japanese: install fonts-wqy-microhei (scripts/packages/test.txt)");
    }

    void aCutOffTextIsReported()
    {
        QWidget window;
        auto *label = new QLabel(QStringLiteral("Groß-/Kleinschreibung beachten"), &window);
        auto *box = new QCheckBox(QStringLiteral("Regulärer Ausdruck"), &window);
        box->move(0, 40);
        auto *note = new QLabel(QStringLiteral("Der Schlüssel wird unverschlüsselt gespeichert."), &window);
        note->setWordWrap(true);
        note->setGeometry(0, 80, 400, 40);
        auto *combo = new QComboBox(&window);
        combo->addItem(QStringLiteral("Streng (nur freigegebene Importe)"));
        combo->move(0, 130);
        combo->resize(combo->sizeHint());
        window.resize(420, 170);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(cutOffTexts(&window).isEmpty(), qPrintable(cutOffTexts(&window).join(QLatin1Char('\n'))));
        label->setFixedWidth(label->sizeHint().width() / 2);
        box->setFixedWidth(box->sizeHint().width() - 10);
        note->setGeometry(0, 80, 80, 20); // three lines and more at this width
        combo->resize(60, combo->height());
        QCOMPARE(cutOffTexts(&window).size(), 4);
    }

    void everyTextFitsItsWidget_data()
    {
        QTest::addColumn<QString>("language");
        for (const InterfaceLanguage &language : InterfaceLanguages::available())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }

    void everyTextFitsItsWidget()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setInterfaceLanguage(language);
        MainWindow window(&settings,
                          {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r")),
                           std::make_shared<FakeSecretStore>()});
        window.show(); // at its default size, 1100 x 760
        window.restoreSessionAndRecover();
        window.findBar()->showReplace();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString out = QStringLiteral(SCREENSHOT_DIR "/languages");
        QVERIFY(QDir().mkpath(out));
        // Rendering first finishes every pending layout, so what is measured is what the picture shows.
        const auto render = [&](QWidget *widget, const QString &name) {
            settleLayouts();
            return widget->grab().save(out + QStringLiteral("/%1-%2.png").arg(name, language));
        };
        QVERIFY(render(&window, QStringLiteral("main")));
        QStringList cut = cutOffTexts(&window);
        // The violations panel shares a tab with the analysis panel: raised, it is measured too.
        auto *violations = window.findChild<QDockWidget *>(QStringLiteral("violationsDock"));
        QVERIFY(violations);
        violations->raise();
        QVERIFY(render(&window, QStringLiteral("violations")));
        cut += cutOffTexts(violations);

        SettingsDialog *dialog = window.openSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(render(dialog, QStringLiteral("settings")));
        cut += cutOffTexts(dialog);
        dialog->close();
        settings.setInterfaceLanguage(QString());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }
};

CODE_REMOTE_TEST_MAIN(TestTranslationsLayout)
#include "tst_translations_layout.moc"
