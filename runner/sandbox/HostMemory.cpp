#include "HostMemory.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <sys/mman.h>
#include <sys/random.h>
#include <unistd.h>

namespace sandbox {

namespace {
// The [stack] mapping's lowest address, from /proc/self/maps; 0 if not found.
uintptr_t stackMappingStart()
{
    FILE *maps = std::fopen("/proc/self/maps", "re");
    if (!maps)
        return 0;
    char line[512];
    uintptr_t start = 0;
    while (std::fgets(line, sizeof line, maps)) {
        if (!std::strstr(line, "[stack]"))
            continue;
        unsigned long low = 0;
        if (std::sscanf(line, "%lx-", &low) == 1)
            start = low;
        break;
    }
    std::fclose(maps);
    return start;
}

// Zeroes `size` bytes of stack just below the caller's frame. Not inlined, so the buffer is a frame of
// its own below the caller's.
__attribute__((noinline)) void zeroStackBelow(size_t size)
{
    char buffer[32 * 1024];
    ::explicit_bzero(buffer, size < sizeof buffer ? size : sizeof buffer);
}
} // namespace

void clearDeadStack()
{
    // The nearest pages, where the red zone and this call's own callees have been, are zeroed; every
    // page below them goes back to the kernel, which maps zeroes if it is touched again.
    zeroStackBelow(32 * 1024);
    const long page = ::sysconf(_SC_PAGESIZE);
    const uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    const uintptr_t keep = (here & ~static_cast<uintptr_t>(page - 1)) - 4 * static_cast<uintptr_t>(page);
    const uintptr_t low = stackMappingStart();
    if (low != 0 && low < keep)
        ::madvise(reinterpret_cast<void *>(low), keep - low, MADV_DONTNEED);
}

#if defined(__x86_64__) && defined(__GLIBC__)
// glibc keeps both in the thread control block: the canary at %fs:0x28, the pointer guard at %fs:0x30.
// No stack protector here: this function's own check would compare against the new canary.
__attribute__((no_stack_protector, noinline)) void renewStackGuards()
{
    uint64_t values[2] = {0, 0};
    if (::getrandom(values, sizeof values, 0) != static_cast<ssize_t>(sizeof values))
        return;
    // As glibc makes it: the canary's lowest byte is zero, so a string overflow cannot print it.
    values[0] &= ~static_cast<uint64_t>(0xff);
    asm volatile("movq %0, %%fs:0x28" : : "r"(values[0]) : "memory");
    asm volatile("movq %0, %%fs:0x30" : : "r"(values[1]) : "memory");
    ::explicit_bzero(values, sizeof values);
}
#else
void renewStackGuards() {}
#endif

} // namespace sandbox
