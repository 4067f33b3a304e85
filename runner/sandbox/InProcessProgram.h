#pragma once

#include "Request.h"

#include <string>
#include <vector>

namespace sandbox {

// A program that is already loaded in this process (an interpreter initialised before the run was
// asked for), so the sandbox's program process can run it without exec: the process is a fork, made
// after every OS layer is in place, and runs the loaded program instead of starting a new one.
// See code-remote-sandbox-host.
class InProcessProgram
{
public:
    virtual ~InProcessProgram() = default;
    // Whether running this request in-process with `environment` gives exactly what exec'ing its
    // command with that environment would.
    virtual bool accepts(const Request &request, const std::vector<std::string> &environment) const = 0;
    // Runs the loaded program in this process, with `environment` as its whole environment, and exits
    // with its exit status. Called in the program process, where exec would be, with descriptors 0-2
    // (and the guard's 3) the only ones open.
    [[noreturn]] virtual void run(const std::vector<std::string> &environment) = 0;
};

} // namespace sandbox
