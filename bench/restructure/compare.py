"""Before/after benchmark of the restructure (issue 11): the same runs through two builds, alternated in
one run so that the machine's load hits both alike, printed as new/old ratios (< 1: the new is faster).

    compare.py OLD_BUILD NEW_BUILD [--rounds N] [--no-ide] [--only REGEX]

Runs, each through `code-remote-run` with a Python program:
- hello world, standard and strict profiles, cold: every run starts its interpreter (the new build's
  warm host is switched off with CODE_REMOTE_WARM_HOST=0; the old build had no automatic host);
- hello world, standard and strict, kept warm: each build's own `code-remote-run --keep-warm` in a
  runtime directory of its own, so that neither build's runs meet the other's hosts;
- a CPU-bound program (about a quarter of a second of pure Python), standard and strict, cold;
- IDE start-up: `code-remote` until its window appears on a private Xvfb display (skipped without
  Xvfb/xwininfo or either build's bin/code-remote), each build with a HOME of its own.
Each round measures old and new in turn (the order swaps every round); the figure is the median of
the rounds' medians, and the ratio's range over the rounds is printed beside it.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PROGRAMS = {
    "hello": 'print("hello, world")\n',
    "cpu": "total = 0\nfor i in range(2_000_000):\n    total += i * i % 7\nprint(total)\n",
}
# What each prints: a run that fails fast must not pass for a fast run.
EXPECTED = {"hello": "hello, world", "cpu": str(sum(i * i % 7 for i in range(2_000_000)))}


def check(command, env, expected):
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0 or done.stdout.strip() != expected:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}): {done.stdout[-200:]}{done.stderr[-400:]}")


def run_once(command, env):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return (time.perf_counter() - start) * 1000


def median_of(command, env, repeat):
    return statistics.median(run_once(command, env) for _ in range(repeat))


class KeptWarm:
    """`code-remote-run --keep-warm` of one build in a private runtime directory."""

    def __init__(self, run, runtime):
        self.run = run
        self.env = dict(os.environ, XDG_RUNTIME_DIR=runtime)

    def __enter__(self):
        self.process = subprocess.Popen([self.run, "--keep-warm"], env=self.env, stderr=subprocess.DEVNULL)
        hosts = os.path.join(self.env["XDG_RUNTIME_DIR"], "code-remote-hosts")
        deadline = time.perf_counter() + 30
        while time.perf_counter() < deadline:
            if os.path.isdir(hosts) and len([n for n in os.listdir(hosts) if n.endswith(".sock")]) >= 2:
                return self
            time.sleep(0.05)
        raise RuntimeError(f"{self.run} --keep-warm did not start its hosts")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(10)


ONLY = None  # --only: a regular expression the figures' names must match


def compare(name, measure, rounds):
    """measure(side) -> milliseconds; side is "old" or "new"."""
    if ONLY and not re.search(ONLY, name):
        return
    olds, news, ratios = [], [], []
    for index in range(rounds):
        order = ("old", "new") if index % 2 == 0 else ("new", "old")
        values = {side: measure(side) for side in order}
        olds.append(values["old"])
        news.append(values["new"])
        ratios.append(values["new"] / values["old"])
    old, new = statistics.median(olds), statistics.median(news)
    print(f"{name:34} old {old:8.1f} ms   new {new:8.1f} ms   new/old {new / old:5.2f}"
          f"   (rounds: {min(ratios):.2f}..{max(ratios):.2f}, n={rounds})", flush=True)


def ide_startup(builds, scratch, rounds):
    apps = {side: os.path.join(build, "bin", "code-remote") for side, build in builds.items()}
    if not all(os.access(app, os.X_OK) for app in apps.values()):
        print("ide start-up: skipped (a build has no bin/code-remote)")
        return
    if not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        print("ide start-up: skipped (Xvfb and xwininfo: scripts/packages/bench.txt)")
        return
    # -displayfd: Xvfb picks a free display itself and names it, so that two benchmarks started at
    # once (other worktrees') never share one.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
                             "-noreset"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,))
    os.close(write_end)
    try:
        with os.fdopen(read_end) as reader:
            number = reader.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        display = f":{number}"
        envs = {}
        for side in apps:
            home = os.path.join(scratch, f"ide-{side}")
            dirs = {"HOME": home, "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data",
                    "XDG_CACHE_HOME": f"{home}/cache", "XDG_RUNTIME_DIR": f"{home}/runtime"}
            for path in dirs.values():
                os.makedirs(path, mode=0o700, exist_ok=True)
            envs[side] = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", **dirs)

        def to_window(side):
            # A start that could not reach the display (seen on a loaded machine) is measured again.
            for attempt in range(3):
                try:
                    return start_once(side)
                except ConnectionError as error:
                    if xvfb.poll() is not None or attempt == 2:
                        raise RuntimeError(str(error)) from None
            return 0.0

        def start_once(side):
            start = time.perf_counter()
            log = open(os.path.join(scratch, f"ide-{side}.log"), "w+")
            process = subprocess.Popen([apps[side]], env=envs[side], stdout=subprocess.DEVNULL, stderr=log)
            try:
                while True:
                    tree = subprocess.run(["xwininfo", "-root", "-tree"], env=envs[side], capture_output=True,
                                          text=True).stdout
                    if '"Code Remote' in tree:
                        return (time.perf_counter() - start) * 1000
                    if process.poll() is not None:
                        log.seek(0)
                        raise ConnectionError(f"{apps[side]} exited ({process.returncode}) before showing its "
                                           f"window: {log.read()[-500:]}")
                    time.sleep(0.005)
            finally:
                process.terminate()
                process.wait(10)
                log.close()

        for side in apps:  # the first start of each (file cache, first-run settings) is not measured
            to_window(side)
        compare("ide start-up to window", to_window, rounds)
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def main():
    parser = argparse.ArgumentParser(description="new/old ratios of the same runs through two builds")
    parser.add_argument("old_build")
    parser.add_argument("new_build")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-ide", action="store_true")
    parser.add_argument("--only", help="measure only the figures whose name matches this expression")
    options = parser.parse_args()
    global ONLY
    ONLY = options.only
    rounds = options.rounds
    builds = {"old": os.path.abspath(options.old_build), "new": os.path.abspath(options.new_build)}
    runs = {side: os.path.join(build, "bin", "code-remote-run") for side, build in builds.items()}
    for run in runs.values():
        if not os.access(run, os.X_OK):
            sys.exit(f"missing {run} (build it first)")
    with tempfile.TemporaryDirectory() as scratch:
        files = {}
        for name, text in PROGRAMS.items():
            files[name] = os.path.join(scratch, f"{name}.py")
            with open(files[name], "w") as f:
                f.write(text)
        cold = {}
        for side in builds:
            runtime = os.path.join(scratch, f"runtime-{side}")
            os.mkdir(runtime, 0o700)
            cold[side] = dict(os.environ, XDG_RUNTIME_DIR=runtime, CODE_REMOTE_WARM_HOST="0")
        for program, repeat in (("hello", 10), ("cpu", 3)):
            for profile in ("standard", "strict"):
                for side in builds:
                    check([runs[side], "--profile", profile, files[program]], cold[side], EXPECTED[program])
                compare(f"{program} {profile}, cold",
                        lambda side: median_of([runs[side], "--profile", profile, files[program]], cold[side], repeat),
                        rounds)
        warm = {}
        for side in builds:
            runtime = os.path.join(scratch, f"warm-{side}")
            os.mkdir(runtime, 0o700)
            warm[side] = KeptWarm(runs[side], runtime)
        with warm["old"], warm["new"]:
            for side in builds:  # the first run through a fresh host is not measured
                for profile in ("standard", "strict"):
                    check([runs[side], "--profile", profile, files["hello"]], warm[side].env, EXPECTED["hello"])
            for profile in ("standard", "strict"):
                compare(f"hello {profile}, kept warm",
                        lambda side: median_of([runs[side], "--profile", profile, files["hello"]], warm[side].env, 10),
                        rounds)
        if not options.no_ide:
            ide_startup(builds, scratch, rounds)


if __name__ == "__main__":
    main()
