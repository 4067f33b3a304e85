#pragma once
// The outcome model of one run: what the supervisor reports ('r' frame, see WireFormat.h) and how the
// facts gathered during a run become a status. Free of Qt and of any process handling, so it can be
// read (and tested) on its own.

#include "Contract.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sandbox {

struct Outcome
{
    // Nested, so that they are never taken for runner::Violation and the like, the runner's view of
    // the same report.
    struct Layer
    {
        std::string id;
        std::string name;
        bool active = false;
        std::string detail;
    };

    struct Violation
    {
        std::string kind;
        std::string detail;
        int line = 0;
    };

    std::string status = contract::status::kInternalError;
    std::optional<int> exitCode;
    std::optional<int> signal;
    std::string limit; // "", contract::limit::kWall or kCpu
    double wallMs = 0;
    double cpuMs = 0;
    int64_t peakMemoryKb = 0;
    bool outputTruncated = false;
    std::vector<Violation> violations;
    std::string message;
    std::vector<Layer> layers;
    // The program ran in a fork of an interpreter loaded beforehand (see InProcessProgram), not by exec.
    bool preloaded = false;
    // The compile step's wall time, for a request that has one (negative: none ran).
    double compileMs = -1;

    // Sets (or adds, with its display name) the layer `id`.
    void setLayer(const std::string &id, bool active, const std::string &detail);
    std::string toJson() const;
};

// Why the supervisor ended a run before its program did.
enum class Stop { None, Wall, Cpu, Memory, Output, Cancelled };

// What the supervisor knows once the run is over, from sources the program cannot write to.
struct RunEnd
{
    std::optional<int> programStatus; // the wait status the sandbox's init reaped
    Stop stop = Stop::None;
    std::string setupError;  // the sandbox could not be built: the program never ran as asked
    std::string guardReport; // JSON lines from the guard's pipe, closed before the program started
    bool oomKilled = false;  // the memory cgroup killed a process
    int64_t cpuLimitMs = 0;
    // A compile step that did not end with exit status 0 (its wait status), or was stopped by a limit
    // (`stop` then says which): the program never ran.
    std::optional<int> compileStatus;
    bool stoppedWhileCompiling = false;
    int64_t compileWallMs = 0;
    int64_t compileMemoryBytes = 0;
};

// Fills in the outcome's exit code, signal, status, limit, violations and message from `end`. The
// measured figures (cpuMs in particular) must already be set.
void classifyOutcome(Outcome &out, const RunEnd &end);

} // namespace sandbox
