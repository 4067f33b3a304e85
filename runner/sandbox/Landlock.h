#pragma once

#include <string>
#include <vector>

namespace sandbox {

struct LandlockRules
{
    std::vector<std::string> readOnly;  // read and execute
    std::vector<std::string> readWrite; // everything
    std::vector<std::string> devices;   // read and write files, nothing else
};

// The Landlock ABI version the kernel offers, 0 when it has none.
int landlockAbi();

// Restricts the calling process and everything it execs to `rules`, with TCP bind/connect denied (ABI
// 4+) and abstract unix sockets and signals scoped to the sandbox (ABI 6+). Needs no privileges.
// Returns an empty string on success, else why it failed.
std::string applyLandlock(const LandlockRules &rules);

} // namespace sandbox
