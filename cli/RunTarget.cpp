#include "RunTarget.h"

#include <runner/LocalRunSession.h>
#include <runner/SandboxHostPool.h>

namespace cli {

RunTarget RunTarget::local()
{
    RunTarget target;
    const QString directory = runner::SandboxHostPool::sharedDirectory();
    if (!directory.isEmpty())
        target.hosts = std::make_unique<runner::SandboxHostPool>(runner::SandboxHostPool::Mode::Find, directory);
    target.session = std::make_unique<runner::LocalRunSession>(nullptr, target.hosts.get());
    return target;
}

} // namespace cli
