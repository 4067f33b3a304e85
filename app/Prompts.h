#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace app {

// Every question the window asks the user goes through this interface, so tests (and a future
// non-interactive mode) answer them without a modal dialog blocking the event loop.
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(app::Prompts)
public:
    enum class UnsavedAnswer { Save, Discard, Cancel };
    // The answer for all unsaved buffers at once.
    struct UnsavedChoice
    {
        // Implicit: Discard and Cancel need no list (`return UnsavedAnswer::Discard;`).
        UnsavedChoice(UnsavedAnswer what = UnsavedAnswer::Cancel, QList<int> which = {})
            : answer(what)
            , save(std::move(which))
        {
        }
        UnsavedAnswer answer;
        // With Save: the indices into `names` of the buffers to save; the others are discarded.
        QList<int> save;
    };

    virtual ~Prompts() = default;
    // `names` are the titles of the unsaved buffers; one dialog lists them all.
    virtual UnsavedChoice askUnsavedChanges(QWidget *parent, const QStringList &names);
    // Returns true to restore `count` buffers found after a crash.
    virtual bool askRestoreRecovered(QWidget *parent, const QStringList &names);
    virtual QStringList askOpenFiles(QWidget *parent, const QString &directory, const QString &filters);
    virtual QString askSaveFile(QWidget *parent, const QString &suggestion, const QString &filters);
    virtual void showError(QWidget *parent, const QString &message);
};

} // namespace app
