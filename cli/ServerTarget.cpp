#include "RunTarget.h"

#include <runner/SandboxHostPool.h>
#include "RemoteRun.h"

namespace cli {

RunTarget RunTarget::server(const CliOptions &options)
{
    RunTarget target;
    auto server = std::make_unique<RemoteRun>(remoteTargetOf(options));
    // The session lives as long as whoever holds the target and asks this after finished().
    target.failure = [session = server.get()] {
        return session->failure();
    };
    target.session = std::move(server);
    return target;
}

} // namespace cli
