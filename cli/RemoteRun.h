#pragma once

#include "CliOptions.h"
#include <remote/Protocol.h>
#include <remote/RemoteRunSession.h>

#include <optional>

namespace cli {

// A run on a Code Remote server as code-remote-run needs it, on top of remote::RemoteRunSession: after
// finished(), failure() says in one line, with its own exit code, why the server did not run the
// program; a result the server sent (even `internal_error`) is the program's own and gives no failure.
class RemoteRun : public remote::RemoteRunSession
{
    Q_OBJECT
public:
    static constexpr int kDefaultConnectTimeoutMs = 10'000;

    // Without a server that answers for connectTimeoutMs (see ReconnectPolicy::silenceTimeoutMs), the
    // run ends as unreachable.
    explicit RemoteRun(remote::RemoteTarget target, int connectTimeoutMs = kDefaultConnectTimeoutMs,
                              QObject *parent = nullptr);

    std::optional<RunFailure> failure() const;
};

// The line and exit code for a run the server did not run or finish. `connected`: the server answered
// (sent `hello`) at least once; `jobId`: the server had accepted the job.
RunFailure describeRemoteFailure(const remote::Error &error, const QUrl &server, bool connected,
                                 const QString &jobId = QString());

} // namespace cli
