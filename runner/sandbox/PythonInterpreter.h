#pragma once

#include "InProcessProgram.h"

#include <memory>
#include <string>
#include <vector>

namespace sandbox {

// CPython, initialised once in code-remote-sandbox-host as `argv` would start it (`python3 -I -S -u
// /work/.guard.py /work/main.py`, say). Each run's program process, a fork made inside the finished
// sandbox, then only installs its environment and runs the script: the interpreter's start-up (most of
// a short run's time) is paid once per host instead of once per run.
//
// A run may differ from the loaded interpreter in its environment, except in the variables CPython
// reads while it initialises (see isReadAtStartUp): those must be the same.
//
// What a forked run shares with the host and with the other runs of the same host: the interpreter's
// state before any script ran (no data of any run: the host never reads a request), the address
// layout and the string-hash seed. The host therefore serves a bounded number of runs and is then
// replaced (see HostOptions::maxRuns).
class PythonInterpreter final : public InProcessProgram
{
public:
    // Replaces this process's environment with `environment` and initialises the interpreter for a
    // program that will run in `workDirectory` (the sandbox's, where a relative script is). Must be
    // called once, before the process forks any run. Returns null and sets `error` on failure.
    // `modules` are imported once it is up: what the run's script imports first anyway.
    static std::unique_ptr<PythonInterpreter> load(const std::vector<std::string> &argv,
                                                   const std::vector<std::string> &environment,
                                                   const std::vector<std::string> &modules,
                                                   const std::string &workDirectory, std::string &error);

    bool accepts(const Request &request, const std::vector<std::string> &environment) const override;
    [[noreturn]] void run(const std::vector<std::string> &environment) override;

    // PYTHON*, the locale's LANG, LANGUAGE and LC_*, and TZ (the time module is loaded at start-up).
    static bool isReadAtStartUp(const std::string &entry);

private:
    PythonInterpreter(std::vector<std::string> argv, std::vector<std::string> environment);

    std::vector<std::string> m_argv;
    std::vector<std::string> m_environment;
};

} // namespace sandbox
