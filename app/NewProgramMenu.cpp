#include "NewProgramMenu.h"

#include "StarterPrograms.h"

#include <editor/EditorLanguages.h>

namespace app {

NewProgramMenu::NewProgramMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("newProgramMenu"));
    for (const QString &id : StarterPrograms::languages()) {
        QAction *action = addAction(QString());
        action->setObjectName(QStringLiteral("newProgram_") + id);
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT languageChosen(id); });
    }
    retranslate();
}

QAction *NewProgramMenu::actionFor(const QString &languageId) const
{
    return findChild<QAction *>(QStringLiteral("newProgram_") + languageId);
}

void NewProgramMenu::retranslate()
{
    setTitle(tr("New &Program"));
    for (const QString &id : StarterPrograms::languages()) {
        // Language names are names, the same in every interface language.
        if (const editor::LanguageDefinition *language = editor::EditorLanguages::builtin().find(id))
            actionFor(id)->setText(language->displayName);
    }
}

} // namespace app
