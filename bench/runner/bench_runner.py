"""Benchmarks of the local sandbox through code-remote-run.

Each figure is printed with the baseline it is compared against, measured in the same run:

1. start-up: a hello-world run in the standard and strict profiles against `python3 -I -S -c pass`
   (targets: at most 1.5x and 2x);
2. throughput: hello-world runs per second with two runs in parallel (target: at least 100/s), against
   plain `python3 -I -S` runs in the same two-way parallel loop;
   both "cold" (each run execs its interpreter; the warm host switched off) and "kept warm" (while
   `code-remote-run --keep-warm` runs, each run starts from a fork of a loaded interpreter in a
   prepared sandbox);
3. a hundred in a row: 100 consecutive `code-remote-run hello.py` with nothing set up (the first run
   starts the warm host, as on a user's machine) against 100 consecutive `python3 -I -S hello.py`,
   standard (target: at most 1.5x per run) and strict, and the same runs with the warm host off;
4. output flood: a program that prints without end; the runner's resident memory stays flat (peak
   against the first sample) and the run ends within 1 s of passing the output limit;
5. tree kill: a program with spinning children on a wall limit; the whole tree is gone within 100 ms
   of the limit (against the start-up cost of a hello-world run, which the measurement includes).
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
RUN = os.path.join(BUILD, "bin", "code-remote-run")
PYTHON = "/usr/bin/python3"


def timed(command, repeat, warmup=5, env=None):
    """Mean and median wall time of `command` in milliseconds, over `repeat` runs."""
    for _ in range(warmup):
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.mean(samples), statistics.median(samples)


def private_env(workdir, name, **variables):
    """The environment of runs that meet no host but those they start: a runtime directory of their own."""
    runtime = os.path.join(workdir, name)
    os.mkdir(runtime, 0o700)
    return dict(os.environ, XDG_RUNTIME_DIR=runtime, **variables)


class KeptWarm:
    """`code-remote-run --keep-warm` in a private runtime directory; `env` makes runs find its hosts."""

    def __init__(self, workdir):
        self.runtime = os.path.join(workdir, "runtime")
        os.mkdir(self.runtime, 0o700)
        self.env = dict(os.environ, XDG_RUNTIME_DIR=self.runtime)

    def __enter__(self):
        self.process = subprocess.Popen([RUN, "--keep-warm"], env=self.env, stderr=subprocess.DEVNULL)
        hosts = os.path.join(self.runtime, "code-remote-hosts")
        deadline = time.perf_counter() + 20
        while time.perf_counter() < deadline:
            if os.path.isdir(hosts) and len([n for n in os.listdir(hosts) if n.endswith(".sock")]) == 2:
                return self
            time.sleep(0.05)
        raise RuntimeError("code-remote-run --keep-warm did not start its hosts")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(10)


def startup(hello, label, env=None):
    # Interleave them so that load on the machine hits them alike.
    rounds = 5
    results = {"baseline": [], "standard": [], "strict": [], "cli": []}
    for _ in range(rounds):
        results["baseline"].append(timed([PYTHON, "-I", "-S", "-c", "pass"], 20)[1])
        results["cli"].append(timed([RUN, "--help"], 20)[1])
        results["standard"].append(timed([RUN, "--profile", "standard", hello], 20, env=env)[1])
        results["strict"].append(timed([RUN, "--profile", "strict", hello], 20, env=env)[1])
    base = statistics.median(results["baseline"])
    print(f"start-up   {label}: baseline python3 -I -S -c pass: {base:.1f} ms (median)")
    for profile, target in (("standard", 1.5), ("strict", 2.0)):
        value = statistics.median(results[profile])
        verdict = "meets" if value / base <= target else "misses"
        print(f"start-up   {label}: hello world, {profile:8}: {value:.1f} ms = {value / base:.2f}x baseline "
              f"({verdict} the {target}x target)")
    # Where the time goes: code-remote-run's own start-up (loading Qt) is paid before any sandboxing.
    cli = statistics.median(results["cli"])
    sandboxed = statistics.median(results["standard"]) - cli
    print(f"start-up   {label}: of which code-remote-run's own start-up (--help, loading Qt): {cli:.1f} ms; "
          f"sandbox + interpreter, standard: {sandboxed:.1f} ms = {sandboxed / base:.2f}x baseline")


def throughput(hello, label, env=None, seconds=5.0):
    def loop(command, env=None):
        count = 0
        lock = threading.Lock()
        deadline = time.perf_counter() + seconds

        def worker():
            nonlocal count
            while time.perf_counter() < deadline:
                subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
                with lock:
                    count += 1

        threads = [threading.Thread(target=worker) for _ in range(2)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return count / (time.perf_counter() - start)

    base = loop([PYTHON, "-I", "-S", "-c", "pass"])
    standard = loop([RUN, "--profile", "standard", hello], env)
    strict = loop([RUN, hello], env)
    print(f"throughput {label}: baseline python3 -I -S, 2 in parallel: {base:.0f} runs/s")
    for name, value in (("standard", standard), ("strict", strict)):
        verdict = "meets" if value >= 100 else "misses"
        print(f"throughput {label}: hello world, {name:8}, 2 in parallel: {value:.0f} runs/s = {value / base:.2f}x baseline "
              f"({verdict} the 100 runs/s target)")


def in_a_row(command, count, env=None, baseline=None, chunk=10):
    """Mean wall time per run, in milliseconds, of `count` consecutive runs of `command`; with
    `baseline`, also of `count` runs of it, made in chunks between the chunks of `command` so that a
    change of the machine's load hits both alike (the runs of `command` still follow one another
    with nothing of theirs in between). Returns (command's mean, baseline's mean or None)."""
    def timed_runs(cmd, n, environment):
        start = time.perf_counter()
        for _ in range(n):
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=environment)
        return time.perf_counter() - start

    spent, base_spent = 0.0, 0.0
    for done in range(0, count, chunk):
        n = min(chunk, count - done)
        if baseline:
            base_spent += timed_runs(baseline, n, None)
        spent += timed_runs(command, n, env)
    return spent * 1000 / count, (base_spent * 1000 / count if baseline else None)


def wait_for_owner_to_leave(env, timeout=60):
    hosts = os.path.join(env["XDG_RUNTIME_DIR"], "code-remote-hosts")
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if not os.path.isdir(hosts) or not os.listdir(hosts):
            return
        time.sleep(0.1)
    raise RuntimeError("the warm host did not leave")


def hundred_in_a_row(workdir, hello, rounds=3, count=100):
    # Each round starts with no host at all: its first run starts the warm host, which leaves a few
    # seconds after the round (a short idle time, so that the next round starts from nothing again).
    # The same runs with the warm host switched off show what it changes under the same load. Each
    # figure has its own baseline, made between its chunks of runs (see in_a_row).
    kinds = [(profile, warm) for warm in (True, False) for profile in ("standard", "strict")]
    times = {kind: [] for kind in kinds}
    ratios = {kind: [] for kind in kinds}
    baselines = []
    for index in range(rounds):
        for profile, warm in kinds:
            env = private_env(workdir, f"row-{profile}-{warm}-{index}", CODE_REMOTE_WARM_HOST_IDLE="3",
                              CODE_REMOTE_WARM_HOST="1" if warm else "0")
            value, base = in_a_row([RUN, "--profile", profile, hello], count, env, [PYTHON, "-I", "-S", hello])
            baselines.append(base)
            times[(profile, warm)].append(value)
            ratios[(profile, warm)].append(value / base)
            wait_for_owner_to_leave(env)
    base = statistics.median(baselines)
    print(f"in a row   baseline: {count} x python3 -I -S hello.py: {base:.1f} ms per run (median of {len(baselines)})")
    for profile, warm in kinds:
        value = statistics.median(times[(profile, warm)])
        ratio = statistics.median(ratios[(profile, warm)])
        spread = f"{min(ratios[(profile, warm)]):.2f}-{max(ratios[(profile, warm)]):.2f}x"
        target = 1.5 if warm and profile == "standard" else None
        verdict = f" ({'meets' if ratio <= target else 'misses'} the {target}x target)" if target else ""
        how = "nothing set up (the warm host)" if warm else "warm host switched off (cold)"
        print(f"in a row   {count} x code-remote-run --profile {profile:8} hello.py, {how}: {value:.1f} ms per run "
              f"= {ratio:.2f}x baseline (median of {rounds} rounds: {spread}){verdict}")


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid):
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    for child in f.read().split():
                        found.append(int(child))
                        pending.append(int(child))
        except OSError:
            pass
    return found


def flood_once(program, limit_kb, env):
    """Runs the endless printer with an output limit of `limit_kb`; returns (peak RSS of code-remote-run
    plus its supervisor in kB, seconds from the limit's last byte to the run's end, bytes received)."""
    process = subprocess.Popen([RUN, "--profile", "standard", "--output-limit", str(limit_kb), program],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            pids = [process.pid] + descendants(process.pid)
            total = 0
            for pid in pids:
                try:
                    with open(f"/proc/{pid}/comm") as f:
                        name = f.read().strip()
                except OSError:
                    continue
                if name.startswith("code-remote"):  # the runner and its supervisor, not the program
                    total += rss_kb(pid)
            peak = max(peak, total)
            time.sleep(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    received = 0
    passed_at = None
    while True:
        chunk = process.stdout.read1(1 << 16)
        if not chunk:
            break
        received += len(chunk)
        if passed_at is None and received >= limit_kb * 1024:
            passed_at = time.perf_counter()
    process.wait()
    ended_at = time.perf_counter()
    stop.set()
    sampler.join()
    return peak, (ended_at - passed_at) if passed_at else None, received


def flood(workdir, env):
    program = os.path.join(workdir, "flood.py")
    with open(program, "w") as f:
        f.write("line = 'x' * 99\nwhile True:\n    print(line)\n")
    small_peak, _, _ = flood_once(program, 1024, env)
    big_peak, lag, received = flood_once(program, 64 * 1024, env)
    print(f"flood      {received / 1048576:.1f} MiB passed through; runner+supervisor peak RSS {big_peak / 1024:.1f} MB "
          f"against {small_peak / 1024:.1f} MB with a 1 MiB limit (baseline) = {big_peak / small_peak:.2f}x (flat is 1.0x)")
    if lag is not None:
        lag *= 1000
        verdict = "meets" if lag <= 1000 else "misses"
        print(f"flood      run ended {lag:.1f} ms after passing the 64 MiB limit "
              f"= {lag / 1000:.3f}x the 1 s target ({verdict} it)")


def tree_kill(workdir, hello, env):
    program = os.path.join(workdir, "spin.py")
    with open(program, "w") as f:
        f.write("import os, signal\n"
                "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                "for _ in range(8):\n"
                "    if os.fork() == 0:\n"
                "        break\n"
                "while True:\n    pass\n")
    limit = 1.0
    base = statistics.median([timed([RUN, "--profile", "standard", hello], 1, warmup=0, env=env)[0] for _ in range(10)])
    overshoots = []
    for _ in range(5):
        start = time.perf_counter()
        result = subprocess.run([RUN, "--profile", "standard", "--timeout", str(limit), "--cpu-time", "60", "--json", program],
                                capture_output=True, text=True, env=env)
        total = (time.perf_counter() - start) * 1000
        status = json.loads(result.stdout)
        assert status["status"] == "time_limit", status
        overshoots.append(total - limit * 1000)
    over = statistics.median(overshoots)
    net = over - base
    verdict = "meets" if net <= 100 else "misses"
    print(f"tree kill  9 spinning processes, {limit:.0f} s wall limit: everything gone {over:.1f} ms after the limit, "
          f"of which {base:.1f} ms is a hello-world run's own start-up (baseline); net {net:.1f} ms = "
          f"{net / 100:.2f}x the 100 ms target ({verdict} it)")


def main():
    if not os.access(RUN, os.X_OK):
        sys.exit(f"{RUN} is not built")
    with tempfile.TemporaryDirectory() as workdir:
        hello = os.path.join(workdir, "hello.py")
        with open(hello, "w") as f:
            f.write('print("hello, world")\n')
        only = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
        if only in (None, "in-a-row"):
            hundred_in_a_row(workdir, hello)
        if only == "in-a-row":
            return
        # Cold: every run execs its interpreter (no host of the user's is met, none is started).
        cold = private_env(workdir, "cold", CODE_REMOTE_WARM_HOST="0")
        startup(hello, "cold", cold)
        throughput(hello, "cold", cold)
        with KeptWarm(workdir) as warm:
            startup(hello, "kept warm", warm.env)
            throughput(hello, "kept warm", warm.env)
        flood(workdir, cold)
        tree_kill(workdir, hello, cold)


if __name__ == "__main__":
    main()
