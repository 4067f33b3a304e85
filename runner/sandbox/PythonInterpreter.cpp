#include "PythonInterpreter.h"

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <algorithm>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <unistd.h>

namespace sandbox {

PythonInterpreter::PythonInterpreter(std::vector<std::string> argv, std::vector<std::string> environment)
    : m_argv(std::move(argv))
    , m_environment(std::move(environment))
{
}

namespace {
// The script python3's command line runs: its first argument that is not an option or an option's
// value. Empty for -c, -m and standard input, which a host does not preload.
std::string scriptArgument(const std::vector<std::string> &argv)
{
    for (size_t i = 1; i < argv.size(); ++i) {
        const std::string &arg = argv[i];
        if (arg == "--")
            return i + 1 < argv.size() ? argv[i + 1] : std::string();
        if (arg.empty() || arg == "-")
            return {};
        if (arg.front() != '-')
            return arg;
        if (arg == "--check-hash-based-pycs") {
            ++i;
            continue;
        }
        if (arg.rfind("--", 0) == 0)
            continue;
        // Combined one-letter flags; -c and -m end the options with something other than a script,
        // -W and -X take a value, attached or as the next argument.
        for (size_t j = 1; j < arg.size(); ++j) {
            const char flag = arg[j];
            if (flag == 'c' || flag == 'm')
                return {};
            if (flag == 'W' || flag == 'X') {
                if (j + 1 == arg.size())
                    ++i;
                break;
            }
        }
    }
    return {};
}
// Moves every object the start-up made out of the garbage collector's sight (gc.freeze): a collection
// in a run would otherwise write to each of them and so copy every page of the loaded interpreter
// into the run's process, about a millisecond at each run's exit. The gc module is taken out of
// sys.modules again, so a run sees the modules a fresh interpreter has.
void freezeStartUpObjects()
{
    PyObject *gc = PyImport_ImportModule("gc");
    if (gc)
        Py_XDECREF(PyObject_CallMethod(gc, "freeze", nullptr));
    Py_XDECREF(gc);
    if (PyObject *modules = PySys_GetObject("modules"); modules && PyDict_Check(modules))
        PyDict_DelItemString(modules, "gc");
    PyErr_Clear();
}
} // namespace

std::unique_ptr<PythonInterpreter> PythonInterpreter::load(const std::vector<std::string> &argv,
                                                           const std::vector<std::string> &environment,
                                                           const std::vector<std::string> &modules,
                                                           const std::string &workDirectory, std::string &error)
{
    if (argv.empty()) {
        error = "no command to load";
        return nullptr;
    }
    // Only the interpreter this program embeds can stand in for the command's.
    char resolved[PATH_MAX];
    const std::string embedded = "python" + std::to_string(PY_MAJOR_VERSION) + "." + std::to_string(PY_MINOR_VERSION);
    const std::string command = ::realpath(argv.front().c_str(), resolved) ? resolved : argv.front();
    if (command.size() < embedded.size() || command.compare(command.size() - embedded.size(), embedded.size(), embedded) != 0) {
        error = command + " is not the " + embedded + " this host embeds";
        return nullptr;
    }
    // The interpreter reads its environment while it initialises (os.environ is a copy made then), so
    // the process's environment becomes the run's first.
    ::clearenv();
    for (const std::string &entry : environment) {
        const size_t equals = entry.find('=');
        if (equals == std::string::npos || equals == 0)
            continue;
        ::setenv(entry.substr(0, equals).c_str(), entry.substr(equals + 1).c_str(), 1);
    }

    const std::string script = scriptArgument(argv);
    if (script.empty()) {
        error = "the command names no script to run";
        return nullptr;
    }

    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    // The command line is parsed exactly as the python3 executable parses its own, but for the script's
    // absolute path, which python3 takes from the directory it starts in: the run's, not the host's.
    config.parse_argv = 1;
    const std::string absoluteScript = script.front() == '/' ? script : workDirectory + "/" + script;
    PyStatus status = PyConfig_SetBytesString(&config, &config.run_filename, absoluteScript.c_str());
    std::vector<char *> args;
    for (const std::string &arg : argv)
        args.push_back(const_cast<char *>(arg.c_str()));
    if (!PyStatus_Exception(status))
        status = PyConfig_SetBytesArgv(&config, static_cast<Py_ssize_t>(args.size()), args.data());
    if (!PyStatus_Exception(status))
        status = PyConfig_SetBytesString(&config, &config.program_name, argv.front().c_str());
    if (!PyStatus_Exception(status))
        status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) {
        error = std::string("cannot initialise Python: ") + (status.err_msg ? status.err_msg : "unknown error");
        return nullptr;
    }
    for (const std::string &name : modules) {
        PyObject *module = PyImport_ImportModule(name.c_str());
        if (!module) {
            PyErr_Clear();
            error = "cannot preload the module " + name;
            return nullptr;
        }
        Py_DECREF(module);
    }
    freezeStartUpObjects();
    return std::unique_ptr<PythonInterpreter>(new PythonInterpreter(argv, environment));
}

bool PythonInterpreter::isReadAtStartUp(const std::string &entry)
{
    const std::string name = entry.substr(0, entry.find('='));
    return name.rfind("PYTHON", 0) == 0 || name.rfind("LC_", 0) == 0 || name == "LANG" || name == "LANGUAGE"
           || name == "TZ";
}

namespace {
std::vector<std::string> readAtStartUp(const std::vector<std::string> &environment)
{
    std::vector<std::string> entries;
    for (const std::string &entry : environment) {
        if (PythonInterpreter::isReadAtStartUp(entry))
            entries.push_back(entry);
    }
    std::sort(entries.begin(), entries.end());
    return entries;
}

// The environment as both the C library and Python's os module (a copy of posix.environ, made when os
// is first imported, which the start-up does not do) see it.
void installEnvironment(const std::vector<std::string> &environment)
{
    // What the host had in its environment (XDG_RUNTIME_DIR, which names the user's uid) stays in this
    // copy of its memory unless it is blanked: clearenv() drops the table, not the strings.
    for (char **entry = environ; entry && *entry; ++entry)
        ::explicit_bzero(*entry, std::strlen(*entry));
    ::clearenv();
    PyObject *posix = PyImport_ImportModule("posix");
    PyObject *table = posix ? PyObject_GetAttrString(posix, "environ") : nullptr;
    if (table && PyDict_Check(table))
        PyDict_Clear(table);
    for (const std::string &entry : environment) {
        const size_t equals = entry.find('=');
        if (equals == std::string::npos || equals == 0)
            continue;
        const std::string name = entry.substr(0, equals);
        const std::string value = entry.substr(equals + 1);
        ::setenv(name.c_str(), value.c_str(), 1);
        if (table && PyDict_Check(table)) {
            PyObject *key = PyBytes_FromStringAndSize(name.data(), static_cast<Py_ssize_t>(name.size()));
            PyObject *item = PyBytes_FromStringAndSize(value.data(), static_cast<Py_ssize_t>(value.size()));
            if (key && item)
                PyDict_SetItem(table, key, item);
            Py_XDECREF(key);
            Py_XDECREF(item);
        }
    }
    Py_XDECREF(table);
    Py_XDECREF(posix);
    PyErr_Clear();
}
} // namespace

bool PythonInterpreter::accepts(const Request &request, const std::vector<std::string> &environment) const
{
    return request.argv == m_argv && readAtStartUp(environment) == readAtStartUp(m_environment);
}

namespace {
// Gives the run a __main__ module of its own. The start-up made one, which gc.freeze put out of the
// collector's reach: the script's globals would then never be collected at exit, and the __del__ of
// an object left in them (which CPython does run) would never be called.
void replaceMainModule()
{
    PyObject *modules = PySys_GetObject("modules");
    PyObject *loaded = modules ? PyDict_GetItemString(modules, "__main__") : nullptr;
    PyObject *fresh = PyModule_New("__main__");
    if (loaded && fresh && PyModule_Check(loaded)) {
        PyDict_Update(PyModule_GetDict(fresh), PyModule_GetDict(loaded));
        PyDict_SetItemString(modules, "__main__", fresh);
    }
    Py_XDECREF(fresh);
    PyErr_Clear();
}
} // namespace

void PythonInterpreter::run(const std::vector<std::string> &environment)
{
    PyOS_AfterFork_Child();
    // As exec would have: the init that forked this process made itself undumpable, which would leave
    // /proc/self owned by root and a few of its files closed to the program.
    ::prctl(PR_SET_DUMPABLE, 1);
    installEnvironment(environment);
    replaceMainModule();
    // The program process reset every signal handler; restore the three the interpreter installs at
    // start-up: broken pipes and oversized files raise exceptions, Ctrl-C raises KeyboardInterrupt.
    ::signal(SIGPIPE, SIG_IGN);
    ::signal(SIGXFSZ, SIG_IGN);
    if (PyObject *module = PyImport_ImportModule("_signal")) {
        if (PyObject *handler = PyObject_GetAttrString(module, "default_int_handler")) {
            Py_XDECREF(PyObject_CallMethod(module, "signal", "iO", SIGINT, handler));
            Py_DECREF(handler);
        }
        Py_DECREF(module);
    }
    PyErr_Clear();
    // Runs the script the command line named, finalises (atexit, threads, flushing) and gives the exit
    // status python3 would have exited with.
    ::_exit(Py_RunMain());
}

} // namespace sandbox
