#include "Prompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace app {

Prompts::UnsavedAnswer Prompts::askUnsavedChanges(QWidget *parent, const QStringList &names)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save changes to %n file(s) before closing?", nullptr, int(names.size())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(names.join(QLatin1Char('\n')));
    box.setDefaultButton(QMessageBox::Save);
    box.setAccessibleName(tr("Unsaved changes"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedAnswer::Save;
    case QMessageBox::Discard:
        return UnsavedAnswer::Discard;
    default:
        return UnsavedAnswer::Cancel;
    }
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
