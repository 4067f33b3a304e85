#include "RunTarget.h"

#include "LocalRunSession.h"
#include "SandboxHostPool.h"
#include "ServerRunSession.h"

namespace cli {

RunTarget RunTarget::forOptions(const CliOptions &options)
{
    RunTarget target;
    if (!options.isRemote()) {
        const QString directory = runner::SandboxHostPool::sharedDirectory();
        if (!directory.isEmpty())
            target.hosts = std::make_unique<runner::SandboxHostPool>(runner::SandboxHostPool::Mode::Find, directory);
        target.session = std::make_unique<runner::LocalRunSession>(nullptr, target.hosts.get());
        return target;
    }
    auto server = std::make_unique<ServerRunSession>(remoteTargetOf(options));
    // The session lives as long as whoever holds the target and asks this after finished().
    target.failure = [session = server.get()] {
        return session->failure();
    };
    target.session = std::move(server);
    return target;
}

} // namespace cli
