#pragma once

#include "Seccomp.h"

#include <linux/filter.h>
#include <string>
#include <vector>

namespace sandbox {

// Compiles the sandbox's seccomp policy (see applySeccomp) to a BPF program with libseccomp. The build
// runs this once, through code-remote-seccomp-gen, and the supervisor loads the result: compiling the
// policy costs about 3 ms, which every run would otherwise pay before its program starts. Returns an
// empty string on success, else why it failed.
std::string buildSeccompFilter(const SeccompOptions &options, std::vector<sock_filter> &program);

} // namespace sandbox
