#include "RunTarget.h"

#include <runner/LocalRunSession.h>
#include <runner/SandboxHostPool.h>
#include "WarmHost.h"

namespace cli {

RunTarget RunTarget::local(bool warmHost)
{
    RunTarget target;
    const QString directory = runner::SandboxHostPool::sharedDirectory();
    // Started now, it loads while this run goes cold; the runs after it find its hosts. An owner that
    // was killed left sockets nobody answers on: a run that meets one goes cold (LocalRunSession), and
    // the owner started here replaces them.
    if (warmHost && !directory.isEmpty())
        cli::WarmHost::ensureRunning(directory);
    if (!directory.isEmpty())
        target.hosts = std::make_unique<runner::SandboxHostPool>(runner::SandboxHostPool::Mode::Find, directory);
    target.session = std::make_unique<runner::LocalRunSession>(nullptr, target.hosts.get());
    return target;
}

} // namespace cli
