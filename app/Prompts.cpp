#include "Prompts.h"

#include "UnsavedChangesDialog.h"

#include <QFileDialog>
#include <QMessageBox>

namespace app {

Prompts::UnsavedChoice Prompts::askUnsavedChanges(QWidget *parent, const QStringList &names)
{
    UnsavedChangesDialog dialog(tr("Save changes to %n file(s) before closing?", nullptr, int(names.size())),
                                names, parent);
    dialog.exec();
    UnsavedChoice choice;
    switch (dialog.outcome()) {
    case UnsavedChangesDialog::Outcome::SaveAll:
        choice.answer = UnsavedAnswer::Save;
        for (int i = 0; i < names.size(); ++i)
            choice.save << i;
        break;
    case UnsavedChangesDialog::Outcome::SaveSelected:
        choice.answer = UnsavedAnswer::Save;
        choice.save = dialog.checkedRows();
        break;
    case UnsavedChangesDialog::Outcome::DiscardAll:
        choice.answer = UnsavedAnswer::Discard;
        break;
    case UnsavedChangesDialog::Outcome::Cancel:
        choice.answer = UnsavedAnswer::Cancel;
        break;
    }
    return choice;
}

bool Prompts::askRestoreRecovered(QWidget *parent, const QStringList &names)
{
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work"),
                    tr("Code Remote did not close properly last time. Restore %n unsaved buffer(s)?", nullptr,
                       int(names.size())),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setInformativeText(names.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

QStringList Prompts::askOpenFiles(QWidget *parent, const QString &directory, const QString &filters)
{
    return QFileDialog::getOpenFileNames(parent, tr("Open Files"), directory, filters);
}

QString Prompts::askSaveFile(QWidget *parent, const QString &suggestion, const QString &filters)
{
    return QFileDialog::getSaveFileName(parent, tr("Save As"), suggestion, filters);
}

void Prompts::showError(QWidget *parent, const QString &message)
{
    QMessageBox::warning(parent, tr("Code Remote"), message);
}

} // namespace app
