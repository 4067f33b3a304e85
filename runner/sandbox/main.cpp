// code-remote-sandbox: the supervisor of one sandboxed run. Started by runner::LocalRunSession with the
// request on standard input (see WireFormat.h); `--probe` prints which isolation layers work here.
#include "Probe.h"
#include "Request.h"
#include "Supervisor.h"
#include "WireFormat.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {
void writeResult(const std::string &json)
{
    sandbox::writeFrame(STDOUT_FILENO, static_cast<char>(sandbox::wire::Frame::Result), json);
}
} // namespace

int main(int argc, char **argv)
{
    // argv's strings lie end to end; the sandbox's init overwrites them (see setCommandLine).
    sandbox::Supervisor::setCommandLine(argv[0], static_cast<size_t>(argv[argc - 1] + std::strlen(argv[argc - 1]) - argv[0]));
    if (argc > 1 && std::strcmp(argv[1], "--probe") == 0) {
        const std::string json = sandbox::probe().toJson();
        std::fwrite(json.data(), 1, json.size(), stdout);
        std::fputc('\n', stdout);
        return 0;
    }
    if (argc > 1) {
        std::fprintf(stderr, "usage: %s [--probe]   (a run's request comes on standard input)\n", argv[0]);
        return 2;
    }

    std::string error;
    const auto request = sandbox::readRequest(STDIN_FILENO, error);
    if (!request) {
        sandbox::Outcome outcome;
        outcome.message = "bad request: " + error;
        writeResult(outcome.toJson());
        return 2;
    }
    sandbox::Supervisor supervisor(*request, sandbox::Switches::fromEnvironment(), STDIN_FILENO, STDOUT_FILENO);
    writeResult(supervisor.run().toJson());
    return 0;
}
