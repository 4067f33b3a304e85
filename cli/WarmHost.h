#pragma once

#include "CliOptions.h"

#include <QString>

namespace cli {

// code-remote-run's warm host: the first local run of a user starts, in the background, one process
// that keeps this user's sandbox hosts in the shared directory (runner::SandboxHostPool::sharedDirectory),
// as `--keep-warm` does; later runs find them and start from a loaded interpreter. That process, the
// owner, holds the directory's owner lock (one per build, see SandboxHostPool::ownerLockName), leaves
// once no run has started for the idle time, or when code-remote-run, the host or the sandbox on disk is
// replaced (a rebuild, an upgrade), and can be switched off. A run never waits for it: until the hosts
// are ready, and whenever one cannot be reached, runs go cold as before.
namespace WarmHost {

// Seconds without a run after which the owner leaves: $CODE_REMOTE_WARM_HOST_IDLE, else 300.
constexpr int kDefaultIdleSeconds = 300;
int idleSeconds();

// Whether a run of `language` starts the warm host: not with --no-warm-host, nor when
// $CODE_REMOTE_WARM_HOST is 0, off, no or false, nor for a language no host keeps loaded.
bool enabled(const CliOptions &options, const QString &language);

// Starts the owner for `directory` in the background unless one already lives: a process of its own
// session with no terminal, standard streams on /dev/null and only the variables that locate the
// sandbox, never waited for. Returns its process id, or 0 when one lived or it could not start.
qint64 ensureRunning(const QString &directory);

enum class Lifetime {
    // --keep-warm: in the foreground until SIGINT or SIGTERM; an owner already there gives way.
    UntilInterrupted,
    // The owner ensureRunning() starts: also leaves when idle or when a binary changes.
    UntilIdle,
};
// Keeps the hosts of every preloadable language and profile in this user's shared directory; returns
// the process's exit status. `signalFd` becomes readable on SIGINT or SIGTERM.
int serve(Lifetime lifetime, int signalFd);

} // namespace WarmHost
} // namespace cli
