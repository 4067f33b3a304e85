#pragma once

#include <app/Prompts.h>

#include <QStringList>

// Answers the questions of the window (or its DocumentController) the way each test decides, without
// any modal dialog, and counts what was asked.
class ScriptedPrompts : public app::Prompts
{
public:
    UnsavedAnswer unsavedAnswer = UnsavedAnswer::Cancel;
    QList<int> saveOnly; // with Save: the buffers (indices into the names asked about) to save; empty: all
    QStringList unsavedNames; // the names of the last question
    bool restoreAnswer = true;
    QString saveFileName; // the answer to every "Save As"; empty: the dialog was cancelled
    int unsavedAsked = 0;
    int saveAsked = 0;
    QStringList restoreOffered;
    QStringList errors;

    UnsavedChoice askUnsavedChanges(QWidget *, const QStringList &names) override
    {
        ++unsavedAsked;
        unsavedNames = names;
        UnsavedChoice choice{unsavedAnswer, saveOnly};
        if (unsavedAnswer == UnsavedAnswer::Save && saveOnly.isEmpty()) {
            for (int i = 0; i < names.size(); ++i)
                choice.save << i;
        }
        return choice;
    }
    bool askRestoreRecovered(QWidget *, const QStringList &names) override
    {
        restoreOffered = names;
        return restoreAnswer;
    }
    QStringList askOpenFiles(QWidget *, const QString &, const QString &) override { return {}; }
    QString askSaveFile(QWidget *, const QString &, const QString &) override
    {
        ++saveAsked;
        return saveFileName;
    }
    void showError(QWidget *, const QString &message) override { errors << message; }
};
