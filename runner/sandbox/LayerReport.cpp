#include "LayerReport.h"

#include "Cgroup.h"
#include "Landlock.h"

namespace sandbox {

namespace {
void describeCgroup(Outcome &outcome, const LayerFacts &facts)
{
    const Cgroup *cgroup = facts.cgroup;
    if (cgroup) {
        outcome.setLayer("cgroup_memory", cgroup->hasMemory(), cgroup->description() + " memory");
        outcome.setLayer("cgroup_pids", cgroup->hasPids(),
                         cgroup->description() + (cgroup->hasPids() ? " pids" : ": no pids controller"));
        outcome.setLayer("cgroup_cpu", cgroup->hasCpu(),
                         cgroup->description() + (cgroup->hasCpu() ? " cpu" : ": no cpu controller"));
    } else if (facts.switches.cgroup) {
        outcome.setLayer("cgroup_memory", false,
                         facts.cgroupReason +
                             "; the tree's memory is polled instead (proportional set size)");
        outcome.setLayer("cgroup_pids", false, "no cgroup; RLIMIT_NPROC in the sandbox's user namespace");
        outcome.setLayer("cgroup_cpu", false, "no cgroup; CPU time is summed over the process tree");
    } else {
        outcome.setLayer("cgroup_memory", false,
                         "switched off; the tree's memory is polled instead (proportional set size)");
        outcome.setLayer("cgroup_pids", false, "switched off; RLIMIT_NPROC instead");
        outcome.setLayer("cgroup_cpu", false, "switched off; CPU time is summed over the process tree");
    }
}
} // namespace

void describeLayers(Outcome &outcome, const LayerFacts &facts)
{
    describeCgroup(outcome, facts);
    const bool userNamespace = facts.userNamespace;
    for (const char *id : {"user_namespace", "pid_namespace", "network_namespace", "mount_namespace",
                           "ipc_namespace", "uts_namespace"}) {
        outcome.setLayer(id, userNamespace, userNamespace ? "" : facts.namespaceReason);
    }
    if (userNamespace) {
        outcome.setLayer("private_workdir", true,
                         "tmpfs /work and /tmp, " + std::to_string(facts.workDirBytes >> 20) + " MiB and " +
                             std::to_string(facts.workDirFiles) + " files each, gone with the run");
        outcome.setLayer("tree_kill", true, "PID namespace: the kernel kills everything when its init ends");
    } else {
        outcome.setLayer("private_workdir", true,
                         "host directory " + facts.hostWorkDir + ", 0700, removed afterwards");
        outcome.setLayer("tree_kill", true,
                         "child subreaper: orphans come back to the supervisor and are killed");
    }
    outcome.setLayer("scrubbed_environment", true, "only the language's and the policy's variables");
    const Switches &switches = facts.switches;
    outcome.setLayer("seccomp", switches.seccomp,
                     switches.seccomp ? "default-deny allowlist, native ABI only" : "switched off");
    const int abi = landlockAbi();
    outcome.setLayer("landlock", switches.landlock && abi > 0,
                     !switches.landlock ? "switched off"
                     : abi > 0          ? "ABI " + std::to_string(abi)
                                        : "not offered by this kernel");
    outcome.setLayer("rlimits", true,
                     std::string("CPU, file size, open files, processes, core 0") +
                         (facts.addressSpaceLimit ? ", address space" : ""));
    outcome.setLayer("no_new_privs", true, "");
    outcome.setLayer("new_session", true, "setsid: no controlling terminal");
    outcome.setLayer("descriptors", true,
                     facts.guard ? "the guard's report pipe closes before the program starts" : "");
}

} // namespace sandbox
