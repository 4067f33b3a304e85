#pragma once

#include <QObject>
#include <QTimer>

namespace app {

class AppSettings;
class EditorTabs;

// Prepares the current program's next local run while its user is still writing it. Today that is the
// precompiled <bits/stdc++.h> of a C++ program that includes it: built in the background (several
// seconds, once per compiler and standard) from the moment the include is written, so that the first
// Run compiles with it instead of without it (runner::LocalRunSession::prepare). It waits for the
// typing to pause, and does nothing when runs go to a server, which keeps headers of its own.
class RunPreparation : public QObject
{
    Q_OBJECT
public:
    RunPreparation(EditorTabs *tabs, AppSettings *settings, QObject *parent = nullptr);

    // How long the text must stay unchanged before its run is prepared.
    static constexpr int kQuietMs = 1500;

Q_SIGNALS:
    // What is being prepared, for the status bar: a build takes seconds, and a Run meanwhile compiles
    // without its result, which the user would otherwise not know.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void prepareCurrent();

    EditorTabs *m_tabs;
    AppSettings *m_settings;
    QTimer m_quiet;
};

} // namespace app
