#include "RunTarget.h"

#include "LocalRunSession.h"
#include "ServerRunSession.h"

namespace cli {

RunTarget RunTarget::forOptions(const CliOptions &options)
{
    RunTarget target;
    if (!options.isRemote()) {
        target.session = std::make_unique<runner::LocalRunSession>();
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
