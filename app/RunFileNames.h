#pragma once

#include <QString>
#include <QStringView>

namespace app {

// Inside the sandbox (and on a server) every program is the language's fixed file, /work/main.py, and
// its tracebacks and the strict profile's refusals say so ("File "/work/main.py", line 3",
// "main.py:3: import of 'sys' ..."). The student never saw that name: this rewrites a run's standard
// error as it streams, so it names the tab ("Untitled 2") or the file's own path instead. A name split
// across two chunks is held back until the next chunk (or finish()) shows whether it is one.
class RunFileNames
{
public:
    RunFileNames() = default;
    // `sandboxPath`: "/work/main.py"; `displayName`: what the output says instead.
    RunFileNames(const QString &sandboxPath, const QString &displayName);

    // The part of `text` that can be shown now, rewritten.
    QString rewrite(QStringView text);
    // The end of the stream: whatever was held back.
    QString finish();

    const QString &displayName() const { return m_displayName; }

private:
    QString rewriteComplete(const QString &text);
    qsizetype heldBackFrom(const QString &text) const;

    QString m_sandboxPath;
    QString m_baseName;    // "main.py", as a refusal starts its line with it
    QString m_displayName;
    QString m_pending;
    bool m_atLineStart = true;
};

} // namespace app
