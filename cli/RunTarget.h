#pragma once

#include "CliOptions.h"

#include <functional>
#include <memory>
#include <optional>

namespace runner {
class SandboxHostPool;
}

namespace cli {

// Where the program runs, as CliRunner needs it: the local sandbox, or the server of --remote (or
// CODE_REMOTE_URL).
struct RunTarget
{
    // Local runs use the sandbox hosts of this user's warm host or of `code-remote-run --keep-warm`,
    // when one runs. Declared before the session, which uses it.
    std::unique_ptr<runner::SandboxHostPool> hosts;
    std::unique_ptr<runner::RunSession> session;
    // Asked once the session finished. Set for a server, which can end a run without running the
    // program: its failure then replaces the result, and the --json object, with one line and an exit code.
    std::function<std::optional<RunFailure>()> failure;

    // The local sandbox, through this user's sandbox hosts when they run. With `warmHost`
    // (WarmHost::enabled), starts the warm host first if nothing keeps them.
    static RunTarget local(bool warmHost);
    // The server of the options (code-remote-run-full only: it links the client).
    static RunTarget server(const CliOptions &options);
};

} // namespace cli
