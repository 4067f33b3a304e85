#include "Trace.h"

#include <cstdio>
#include <cstdlib>
#include <time.h>
#include <unistd.h>

namespace sandbox {

double monotonicMs()
{
    struct timespec now
    {
    };
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

void trace(const char *phase)
{
    static const bool enabled = std::getenv("CODE_REMOTE_SANDBOX_TRACE") != nullptr;
    if (enabled)
        std::fprintf(stderr, "[%d] %.3f %s\n", ::getpid(), monotonicMs(), phase);
}

} // namespace sandbox
