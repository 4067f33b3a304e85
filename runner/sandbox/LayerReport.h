#pragma once
// Which layers of the sandbox a run has, and why one is missing: the "layers" of its outcome (and of
// `--sandbox-info`), from what the supervisor found when it built the sandbox.

#include "Outcome.h"
#include "SandboxInit.h"

#include <cstdint>
#include <string>

namespace sandbox {

class Cgroup;

struct LayerFacts
{
    Switches switches;
    bool userNamespace = false;
    std::string namespaceReason; // why there are no namespaces
    const Cgroup *cgroup = nullptr;
    std::string cgroupReason; // why there is no cgroup
    std::string hostWorkDir;  // without a mount namespace
    int64_t workDirBytes = 0;
    int64_t workDirFiles = 0;
    bool addressSpaceLimit = false; // RLIMIT_AS stands in for a memory cgroup
    bool guard = false;
};

void describeLayers(Outcome &outcome, const LayerFacts &facts);

} // namespace sandbox
