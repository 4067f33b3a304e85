#include "Landlock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbox {

namespace {
// Debian 12's headers stop at ABI 2; later constants come from the kernel's ABI, which never changes.
constexpr uint64_t kAccessRefer = 1ULL << 13;    // ABI 2
constexpr uint64_t kAccessTruncate = 1ULL << 14; // ABI 3
constexpr uint64_t kAccessIoctlDev = 1ULL << 15; // ABI 5
constexpr uint64_t kNetBindTcp = 1ULL << 0;      // ABI 4
constexpr uint64_t kNetConnectTcp = 1ULL << 1;   // ABI 4
constexpr uint64_t kScopeAbstractUnix = 1ULL << 0; // ABI 6
constexpr uint64_t kScopeSignal = 1ULL << 1;       // ABI 6

// The ruleset attribute as of ABI 6; older kernels read only the prefix they know, given its size.
struct RulesetAttr
{
    uint64_t handledAccessFs;
    uint64_t handledAccessNet;
    uint64_t scoped;
};

constexpr uint64_t kReadAccess = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE
                                 | LANDLOCK_ACCESS_FS_READ_DIR;

uint64_t allFsAccess(int abi)
{
    uint64_t access = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_READ_FILE
                      | LANDLOCK_ACCESS_FS_READ_DIR | LANDLOCK_ACCESS_FS_REMOVE_DIR
                      | LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_CHAR
                      | LANDLOCK_ACCESS_FS_MAKE_DIR | LANDLOCK_ACCESS_FS_MAKE_REG
                      | LANDLOCK_ACCESS_FS_MAKE_SOCK | LANDLOCK_ACCESS_FS_MAKE_FIFO
                      | LANDLOCK_ACCESS_FS_MAKE_BLOCK | LANDLOCK_ACCESS_FS_MAKE_SYM;
    if (abi >= 2)
        access |= kAccessRefer;
    if (abi >= 3)
        access |= kAccessTruncate;
    if (abi >= 5)
        access |= kAccessIoctlDev;
    return access;
}

bool addPath(int ruleset, const std::string &path, uint64_t access)
{
    const int fd = ::open(path.c_str(), O_PATH | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT; // a directory this system lacks needs no rule
    struct stat info {};
    if (::fstat(fd, &info) == 0 && !S_ISDIR(info.st_mode))
        access &= LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE
                  | kAccessTruncate | kAccessIoctlDev;
    landlock_path_beneath_attr rule{};
    rule.allowed_access = access;
    rule.parent_fd = fd;
    const long rc = ::syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
    ::close(fd);
    return rc == 0;
}
} // namespace

int landlockAbi()
{
    const long abi = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return abi < 0 ? 0 : static_cast<int>(abi);
}

std::string applyLandlock(const LandlockRules &rules)
{
    const int abi = landlockAbi();
    if (abi <= 0)
        return "landlock: not offered by this kernel";

    RulesetAttr attr{};
    attr.handledAccessFs = allFsAccess(abi);
    size_t attrSize = sizeof(uint64_t);
    if (abi >= 4) {
        attr.handledAccessNet = kNetBindTcp | kNetConnectTcp; // no rule follows: all TCP is denied
        attrSize = 2 * sizeof(uint64_t);
    }
    if (abi >= 6) {
        attr.scoped = kScopeAbstractUnix | kScopeSignal;
        attrSize = sizeof attr;
    }
    const int ruleset = static_cast<int>(::syscall(SYS_landlock_create_ruleset, &attr, attrSize, 0));
    if (ruleset < 0)
        return std::string("landlock: cannot create a ruleset: ") + std::strerror(errno);

    const uint64_t all = allFsAccess(abi);
    const uint64_t device = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE
                            | (abi >= 3 ? kAccessTruncate : 0);
    bool ok = true;
    for (const std::string &path : rules.readOnly)
        ok = addPath(ruleset, path, kReadAccess) && ok;
    for (const std::string &path : rules.readWrite)
        ok = addPath(ruleset, path, all) && ok;
    for (const std::string &path : rules.devices)
        ok = addPath(ruleset, path, device) && ok;
    if (!ok) {
        ::close(ruleset);
        return "landlock: cannot add a rule";
    }
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
        || ::syscall(SYS_landlock_restrict_self, ruleset, 0) != 0) {
        const int error = errno;
        ::close(ruleset);
        return std::string("landlock: cannot restrict: ") + std::strerror(error);
    }
    ::close(ruleset);
    return {};
}

} // namespace sandbox
