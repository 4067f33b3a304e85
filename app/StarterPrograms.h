#pragma once

#include <QCoreApplication>
#include <QString>

namespace app {

// The program a new file of each language starts with (File ▸ New Program): it prints a prompt, reads
// a line of standard input and answers, so F5 at once shows output, the console taking input and, for
// C++ and Java, a compile step. Java's class is Main, the name the runner expects by default.
class StarterPrograms
{
    Q_DECLARE_TR_FUNCTIONS(app::StarterPrograms)
public:
    // The runner language ids that have a starter: python, javascript, cpp, java.
    static QStringList languages();
    // The starter of `languageId`, empty for one without.
    static QString text(const QString &languageId);
};

} // namespace app
