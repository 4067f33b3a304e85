#pragma once

#include "CliOptions.h"

namespace cli {

// code-remote-run's precompiled headers (runner::PrecompiledHeaderBuilder). A run ends long before a
// header's build of several seconds would, so a run hands the build to a process of its own: this
// program again with --build-precompiled-header, in a session of its own with its standard streams
// on /dev/null and only the variables that locate the cache and the sandbox. That process builds the
// header (or finds it built, or built by another process: the header's lock decides) and leaves.
namespace HeaderBuilds {

// Makes the process's builder hand its builds to such a process.
void buildInProcessesOfTheirOwn();

// --build-precompiled-header: builds the header of --language (default cpp) and --std, says how it
// went on standard error and returns the exit status (0: built, or ready, or built by another process).
int buildInForeground(const CliOptions &options);

} // namespace HeaderBuilds
} // namespace cli
