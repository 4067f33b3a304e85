#include "Isolation.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <iterator>
#include <vector>
#include <linux/capability.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbox {

namespace {
std::string errnoText(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

bool writeText(const std::string &path, const std::string &text)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ::close(fd);
    return ok;
}

bool createFile(const std::string &path, const std::string &content, mode_t mode)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0)
        return false;
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        done += static_cast<size_t>(n);
    }
    return ::close(fd) == 0;
}

// Mount flags a bind mount inherited from a more privileged namespace keeps locked; a read-only
// remount must repeat them or the kernel refuses it.
unsigned long lockedFlags(const char *path)
{
    struct statvfs info {};
    if (::statvfs(path, &info) != 0)
        return 0;
    unsigned long flags = 0;
    if (info.f_flag & ST_NOSUID)
        flags |= MS_NOSUID;
    if (info.f_flag & ST_NODEV)
        flags |= MS_NODEV;
    if (info.f_flag & ST_NOEXEC)
        flags |= MS_NOEXEC;
    if (info.f_flag & ST_NOATIME)
        flags |= MS_NOATIME;
    if (info.f_flag & ST_NODIRATIME)
        flags |= MS_NODIRATIME;
    if (info.f_flag & ST_RELATIME)
        flags |= MS_RELATIME;
    return flags;
}

std::string bindReadOnly(const std::string &source, const std::string &target, unsigned long extraFlags = 0)
{
    if (::mount(source.c_str(), target.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0)
        return errnoText("bind " + source);
    const unsigned long flags =
        MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | extraFlags | lockedFlags(target.c_str());
    if (::mount(nullptr, target.c_str(), nullptr, flags, nullptr) != 0)
        return errnoText("read-only " + target);
    return {};
}

// Shows a host directory read-only at `target` (created here): `tree`, a detached mount root's
// supervisor cloned (see Supervisor::spawnInit), or else `dir`, a descriptor opened before the new root
// hid the host's paths. Neither: nothing to show. Takes both descriptors.
std::string attachReadOnly(int tree, int dir, const std::string &target, unsigned long extraFlags)
{
    if (tree < 0 && dir < 0)
        return {};
    if (::mkdir(target.c_str(), 0755) != 0) {
        const std::string error = errnoText("mkdir " + target);
        ::close(tree >= 0 ? tree : dir);
        return error;
    }
    if (tree >= 0) {
        const long moved = ::syscall(SYS_move_mount, tree, "", AT_FDCWD, target.c_str(), MOVE_MOUNT_F_EMPTY_PATH);
        ::close(tree);
        if (moved != 0)
            return errnoText("attach " + target);
        if (::mount(nullptr, target.c_str(), nullptr,
                    MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | extraFlags | lockedFlags(target.c_str()), nullptr)
            != 0)
            return errnoText("read-only " + target);
        return {};
    }
    const std::string error = bindReadOnly("/proc/self/fd/" + std::to_string(dir), target, extraFlags);
    ::close(dir);
    return error;
}

std::string mountTmpfs(const std::string &target, int64_t bytes, int64_t inodes, const char *mode)
{
    const std::string options = "size=" + std::to_string(bytes) + ",nr_inodes=" + std::to_string(inodes)
                                + ",mode=" + mode;
    if (::mount("tmpfs", target.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0)
        return errnoText("tmpfs " + target);
    return {};
}

// The system directories the program sees, read-only. On merged-/usr systems the top-level ones are
// links into /usr and are recreated as links.
constexpr const char *kSystemDirs[] = {"usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32"};
// Host files under /etc a program legitimately reads (the dynamic linker's cache, the time zone);
// everything else in /etc stays out of sight.
constexpr const char *kEtcFiles[] = {"ld.so.cache", "ld.so.conf", "localtime", "timezone", "mime.types"};
constexpr const char *kEtcDirs[] = {"alternatives", "ld.so.conf.d", "ssl"};
constexpr const char *kDevices[] = {"null", "zero", "full", "random", "urandom"};
} // namespace

std::string writeIdMaps(pid_t child)
{
    const std::string base = "/proc/" + std::to_string(child);
    const bool root = ::geteuid() == 0;
    const std::string uidMap = std::to_string(kSandboxUid) + " " + std::to_string(root ? kNobody : ::geteuid()) + " 1";
    const std::string gidMap = std::to_string(kSandboxGid) + " " + std::to_string(root ? kNobody : ::getegid()) + " 1";
    // An unprivileged user may map its gid only after giving up setgroups in the namespace.
    if (!root && !writeText(base + "/setgroups", "deny"))
        return errnoText("setgroups");
    if (!writeText(base + "/uid_map", uidMap))
        return errnoText("uid_map");
    if (!writeText(base + "/gid_map", gidMap))
        return errnoText("gid_map");
    return {};
}

std::string becomeSandboxUser(bool insideUserNamespace)
{
    const gid_t gid = insideUserNamespace ? kSandboxGid : kNobody;
    const uid_t uid = insideUserNamespace ? kSandboxUid : kNobody;
    if (::getuid() == 0 || insideUserNamespace) {
        // setgroups is denied in an unprivileged user namespace; there the supplementary groups stay
        // those of the user, and only the system's read-only directories are visible anyway.
        if (::setgroups(0, nullptr) != 0 && errno != EPERM)
            return errnoText("setgroups");
        if (::setresgid(gid, gid, gid) != 0)
            return errnoText("setresgid");
        if (::setresuid(uid, uid, uid) != 0)
            return errnoText("setresuid");
    }
    return {};
}

std::string buildFilesystem(const Request &request, bool &procMounted)
{
    // Nothing we mount may propagate back to the host.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return errnoText("make mounts private");
    // The new root is a small tmpfs laid over /tmp in this namespace only; /tmp always exists.
    const std::string root = "/tmp";
    // Taken before the new root hides /tmp (where a cache may live); a header gone meanwhile (rebuilt
    // by another run) only means a compile without it.
    int pchDir = -1;
    if (request.pchTreeFd < 0 && !request.pchDir.empty())
        pchDir = ::open(request.pchDir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    int cacheDir = -1;
    if (request.cacheTreeFd < 0 && !request.cacheDir.empty())
        cacheDir = ::open(request.cacheDir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (std::string error = mountTmpfs(root, 1 << 20, 512, "0755"); !error.empty())
        return error;

    for (const char *name : kSystemDirs) {
        const std::string host = std::string("/") + name;
        const std::string target = root + host;
        struct stat info {};
        if (::lstat(host.c_str(), &info) != 0)
            continue;
        if (S_ISLNK(info.st_mode)) {
            char link[PATH_MAX];
            const ssize_t n = ::readlink(host.c_str(), link, sizeof link - 1);
            if (n <= 0)
                continue;
            link[n] = '\0';
            if (::symlink(link, target.c_str()) != 0)
                return errnoText("link " + target);
        } else if (S_ISDIR(info.st_mode)) {
            if (::mkdir(target.c_str(), 0755) != 0)
                return errnoText("mkdir " + target);
            if (std::string error = bindReadOnly(host, target); !error.empty())
                return error;
        }
    }

    const std::string etc = root + "/etc";
    if (::mkdir(etc.c_str(), 0755) != 0)
        return errnoText("mkdir /etc");
    const std::string uid = std::to_string(kSandboxUid);
    const std::string gid = std::to_string(kSandboxGid);
    if (!createFile(etc + "/passwd", "sandbox:x:" + uid + ":" + gid + ":sandbox:/work:/bin/sh\n", 0644)
        || !createFile(etc + "/group", "sandbox:x:" + gid + ":\n", 0644)
        || !createFile(etc + "/hostname", "sandbox\n", 0644)
        || !createFile(etc + "/hosts", "127.0.0.1 localhost sandbox\n::1 localhost\n", 0644)
        || !createFile(etc + "/nsswitch.conf", "passwd: files\ngroup: files\nhosts: files\n", 0644))
        return errnoText("write /etc");
    for (const char *name : kEtcFiles) {
        const std::string host = std::string("/etc/") + name;
        const std::string target = etc + "/" + name;
        struct stat info {};
        if (::lstat(host.c_str(), &info) != 0)
            continue;
        if (S_ISLNK(info.st_mode)) {
            char link[PATH_MAX];
            const ssize_t n = ::readlink(host.c_str(), link, sizeof link - 1);
            if (n > 0) {
                link[n] = '\0';
                if (::symlink(link, target.c_str()) != 0)
                    return errnoText("link " + target);
            }
        } else if (S_ISREG(info.st_mode)) {
            if (!createFile(target, "", 0644))
                return errnoText("create " + target);
            if (std::string error = bindReadOnly(host, target); !error.empty())
                return error;
        }
    }
    std::vector<std::string> etcDirs(std::begin(kEtcDirs), std::end(kEtcDirs));
    etcDirs.insert(etcDirs.end(), request.etcDirs.begin(), request.etcDirs.end());
    for (const std::string &name : etcDirs) {
        const std::string host = std::string("/etc/") + name;
        const std::string target = etc + "/" + name;
        struct stat info {};
        if (::stat(host.c_str(), &info) != 0 || !S_ISDIR(info.st_mode))
            continue;
        if (::mkdir(target.c_str(), 0755) != 0)
            return errnoText("mkdir " + target);
        if (std::string error = bindReadOnly(host, target); !error.empty())
            return error;
    }

    // The runner's precompiled headers (see runner::PrecompiledHeader) and its caller's cache (a JVM's
    // class-data archive, see analysis::JvmClassArchive): read-only, like the system's directories, so
    // a run uses them and nothing in the sandbox can alter them. The cache holds data only: noexec.
    if (std::string error = attachReadOnly(request.pchTreeFd, pchDir, root + "/pch", 0); !error.empty())
        return error;
    if (std::string error = attachReadOnly(request.cacheTreeFd, cacheDir, root + contract::kCacheMount, MS_NOEXEC);
        !error.empty())
        return error;

    const std::string dev = root + "/dev";
    if (::mkdir(dev.c_str(), 0755) != 0)
        return errnoText("mkdir /dev");
    if (std::string error = mountTmpfs(dev, 1 << 20, 64, "0755"); !error.empty())
        return error;
    for (const char *name : kDevices) {
        const std::string host = std::string("/dev/") + name;
        const std::string target = dev + "/" + name;
        if (!createFile(target, "", 0666))
            return errnoText("create " + target);
        // Device nodes keep their own permissions; nosuid and noexec on top.
        if (::mount(host.c_str(), target.c_str(), nullptr, MS_BIND, nullptr) != 0)
            return errnoText("bind " + host);
        ::mount(nullptr, target.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NOEXEC | lockedFlags(target.c_str()),
                nullptr);
    }
    const std::pair<const char *, const char *> devLinks[] = {
        {"fd", "/proc/self/fd"}, {"stdin", "/proc/self/fd/0"}, {"stdout", "/proc/self/fd/1"},
        {"stderr", "/proc/self/fd/2"}};
    for (const auto &[name, target] : devLinks) {
        if (::symlink(target, (dev + "/" + name).c_str()) != 0)
            return errnoText("link /dev/" + std::string(name));
    }
    const std::string shm = dev + "/shm";
    if (::mkdir(shm.c_str(), 01777) != 0)
        return errnoText("mkdir /dev/shm");
    if (std::string error = mountTmpfs(shm, request.workDirBytes, request.workDirFiles, "1777"); !error.empty())
        return error;
    // The device tmpfs itself becomes read-only: no new nodes, no files next to the devices.
    ::mount(nullptr, dev.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NOEXEC, nullptr);

    for (const char *name : {"/work", "/tmp"}) {
        const std::string target = root + name;
        if (::mkdir(target.c_str(), 0755) != 0)
            return errnoText("mkdir " + target);
        if (std::string error = mountTmpfs(target, request.workDirBytes, request.workDirFiles,
                                           std::string(name) == "/tmp" ? "1777" : "0755");
            !error.empty())
            return error;
    }

    // Our own /proc shows only the sandbox's processes. Some container runtimes mask parts of the host's
    // /proc, and then the kernel refuses a new one; the program can live without it.
    const std::string proc = root + "/proc";
    if (::mkdir(proc.c_str(), 0555) != 0)
        return errnoText("mkdir /proc");
    procMounted = ::mount("proc", proc.c_str(), "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) == 0;

    // Swap roots: pivot_root with the same directory twice stacks the old root under the new one,
    // where a lazy unmount detaches it for good.
    if (::chdir(root.c_str()) != 0)
        return errnoText("chdir new root");
    if (::syscall(SYS_pivot_root, ".", ".") != 0)
        return errnoText("pivot_root");
    if (::umount2(".", MNT_DETACH) != 0)
        return errnoText("detach old root");
    if (::chdir("/") != 0)
        return errnoText("chdir /");
    if (::mount(nullptr, "/", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) != 0)
        return errnoText("read-only root");
    if (::chdir("/work") != 0)
        return errnoText("chdir /work");
    return {};
}

std::string resizeWorkDirectories(const Request &request)
{
    const std::string size = "size=" + std::to_string(request.workDirBytes) + ",nr_inodes=" + std::to_string(request.workDirFiles);
    for (const char *target : {"/work", "/tmp", "/dev/shm"}) {
        if (::mount(nullptr, target, nullptr, MS_REMOUNT | MS_NOSUID | MS_NODEV, size.c_str()) != 0)
            return errnoText(std::string("resize ") + target);
    }
    return {};
}

std::string writeFiles(const Request &request, const std::string &fifo)
{
    for (const auto &[name, content] : request.files) {
        if (name == fifo) {
            if (::mkfifo(name.c_str(), 0644) != 0)
                return errnoText("mkfifo " + name);
            continue;
        }
        const bool executable =
            std::find(request.executables.begin(), request.executables.end(), name) != request.executables.end();
        if (!createFile(name, content, executable ? 0755 : 0644))
            return errnoText("write " + name);
    }
    return {};
}

void applyRlimits(const Request &request, bool addressSpaceLimit)
{
    auto set = [](int resource, rlim_t soft, rlim_t hard) {
        const struct rlimit limit {soft, hard};
        ::setrlimit(resource, &limit);
    };
    // The supervisor enforces the CPU limit over the whole tree; this is a per-process backstop that
    // also holds if the supervisor is stalled. SIGXCPU at the soft limit, SIGKILL at the hard one.
    const rlim_t cpuSeconds = static_cast<rlim_t>((request.cpuMs + 999) / 1000) + 1;
    set(RLIMIT_CPU, cpuSeconds, cpuSeconds + 1);
    set(RLIMIT_FSIZE, static_cast<rlim_t>(request.fileSizeBytes), static_cast<rlim_t>(request.fileSizeBytes));
    set(RLIMIT_NOFILE, static_cast<rlim_t>(request.openFiles), static_cast<rlim_t>(request.openFiles));
    set(RLIMIT_CORE, 0, 0);
    set(RLIMIT_MEMLOCK, 0, 0);
    set(RLIMIT_MSGQUEUE, 0, 0);
    // Counted per user inside the sandbox's own user namespace, so the user's other processes on the
    // host do not count against it.
    set(RLIMIT_NPROC, static_cast<rlim_t>(request.processes), static_cast<rlim_t>(request.processes));
    if (addressSpaceLimit) {
        // Address space is not memory: interpreters map more than they touch. Twice the limit plus
        // room for the runtime keeps well-behaved programs alive while the supervisor's resident-set
        // check enforces the real limit.
        const rlim_t bytes = static_cast<rlim_t>(request.memoryBytes) * 2 + (256ULL << 20);
        set(RLIMIT_AS, bytes, bytes);
    }
}

void dropBoundingSet()
{
    for (int cap = 0; cap <= CAP_LAST_CAP; ++cap)
        ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
}

void dropCapabilities()
{
    dropBoundingSet();
    ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    ::syscall(SYS_capset, &header, data);
}

std::string makeHostWorkDir(std::string &path)
{
    const char *runtime = std::getenv("XDG_RUNTIME_DIR");
    std::string base = runtime && *runtime ? runtime : "/tmp";
    std::string pattern = base + "/code-remote-XXXXXX";
    if (!::mkdtemp(pattern.data()))
        return errnoText("mkdtemp");
    path = pattern;
    if (::getuid() == 0) {
        // The program runs as nobody here; only it and root may enter.
        if (::chown(path.c_str(), kNobody, kNobody) != 0)
            return errnoText("chown work directory");
    }
    ::chmod(path.c_str(), 0700);
    return {};
}

namespace {
// Deletes the entries of the directory open at `dirFd`. Every step is relative to a directory
// descriptor and opens with O_NOFOLLOW, so a link the program planted can only ever be unlinked,
// never followed (the class of bug behind Judge0's CVE-2024-28185).
void removeEntries(int dirFd, int depth)
{
    DIR *dir = ::fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return;
    }
    while (struct dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..")
            continue;
        if (::unlinkat(::dirfd(dir), name.c_str(), 0) == 0)
            continue;
        if (depth > 64)
            continue;
        // A directory the program made unreadable (0000, 0500) must still go. It is a directory and no
        // link (checked without following), and the program is dead, so nothing can swap it now.
        struct stat info {};
        if (::fstatat(::dirfd(dir), name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(info.st_mode))
            continue;
        if (::fchmodat(::dirfd(dir), name.c_str(), 0700, 0) != 0) {
            // Not changed: the openat below still says whether it can be emptied.
        }
        const int child = ::openat(::dirfd(dir), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (child < 0)
            continue;
        removeEntries(child, depth + 1);
        ::unlinkat(::dirfd(dir), name.c_str(), AT_REMOVEDIR);
    }
    ::closedir(dir);
}
} // namespace

void removeHostWorkDir(const std::string &path)
{
    if (path.empty())
        return;
    // The supervisor made this directory itself; the program may have taken its permissions away.
    ::chmod(path.c_str(), 0700);
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0)
        removeEntries(fd, 0);
    ::rmdir(path.c_str());
}

} // namespace sandbox
