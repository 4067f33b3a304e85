#pragma once

#include <QMenu>

namespace app {

// File ▸ New Program: one item per language, each opening an untitled file of that language with its
// starter program (StarterPrograms). Choosing one is the window's to act on.
class NewProgramMenu : public QMenu
{
    Q_OBJECT
public:
    explicit NewProgramMenu(QWidget *parent = nullptr);

    // The item that starts a `languageId` program (objectName "newProgram_<id>"), or null.
    QAction *actionFor(const QString &languageId) const;
    void retranslate();

Q_SIGNALS:
    void languageChosen(const QString &languageId);
};

} // namespace app
