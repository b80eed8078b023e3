"""Side-by-side timings of minipy against CPython: programs, startup, front-end throughput.

Usage:
    cargo build --release
    python3 benches/compare.py [--minipy target/release/minipy] [--runs N] [programs...]

It expects a release build of minipy (it does not build anything itself); the
default binary is target/release/minipy in the repository root. `programs` are
names (``fib``, ``fib.py``) of files in benches/programs/ or paths to other
.py files; by default every program in benches/programs/ is run.

For each program it runs ``python3 PROG`` and ``minipy run PROG`` N times
each (default 3), taking turns so that a busy machine slows both alike,
checks that both printed the same stdout (MISMATCH otherwise, FAILED if
minipy exits non-zero) and prints the ratio minipy/python3 of the best wall
times and of the best CPU times (user + system). On a shared machine the
CPU ratio moves less from run to run. Then:

* startup: an empty file under both, best of 20;
* concurrency: the programs of benches/concurrency/ time themselves
  (Pool(2).map against serial, two CPU-bound threads against serial, 50
  threads sleeping 0.2 s at once); the best figure of each is shown;
* front-end throughput: a generated source of at least 5 MB (every program
  here and every file of tests/corpus that CPython compiles, each wrapped in
  its own ``def f_N():``, repeated with fresh names) is compiled by CPython's
  ``compile(src, name, 'exec')`` in-process and checked by ``minipy check``
  (lex, parse, symbol tables, bytecode), best of 3 each, in MB/s. The minipy
  time is the wall time of the whole process, startup and file read included.

CPython is the interpreter ``python3`` names, resolved through
``sys.executable`` so that a pyenv shim's own start-up is not timed. The
script always exits with status 0 and ends with a one-line summary.
"""

import argparse
import resource
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
CORPUS_DIR = os.path.join(REPO, "tests", "corpus")
DEFAULT_ORDER = ["fib", "loops", "list_dict", "strings",
                 "objects", "generators", "exceptions", "dict_str"]
FRONTEND_MIN_BYTES = 5 * 1024 * 1024
RUN_TIMEOUT = 600


def real_python():
    """The interpreter behind `python3`, not a shim in front of it."""
    exe = shutil.which("python3")
    if exe:
        try:
            out = subprocess.run([exe, "-c", "import sys; print(sys.executable)"],
                                 capture_output=True, text=True, timeout=60)
            path = out.stdout.strip()
            if out.returncode == 0 and path and os.path.exists(path):
                return path
        except (OSError, subprocess.SubprocessError):
            pass
    return sys.executable


def children_cpu():
    """CPU seconds (user + system) used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(argv, cwd=None):
    """Runs argv once: (seconds, returncode, stdout, stderr)."""
    return timed_run_cpu(argv, cwd)[:4]


def timed_run_cpu(argv, cwd=None):
    """Runs argv once: (wall seconds, returncode, stdout, stderr, CPU seconds)."""
    cpu = children_cpu()
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, capture_output=True, cwd=cwd, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return (time.perf_counter() - start, -1, b"", b"timed out after %d s" % RUN_TIMEOUT,
                children_cpu() - cpu)
    elapsed = time.perf_counter() - start
    return elapsed, proc.returncode, proc.stdout, proc.stderr, children_cpu() - cpu


def best_of_interleaved(argvs, runs, cwd=None):
    """Runs each argv `runs` times, taking turns, so that a busy machine slows
    every side alike. For each: (best wall, best CPU, first outcome); a side
    stops at its first failure."""
    best = [[None, None, None] for _ in argvs]
    for _ in range(runs):
        for i, argv in enumerate(argvs):
            entry = best[i]
            if entry[2] is not None and entry[2][0] != 0:
                continue
            elapsed, code, out, err, cpu = timed_run_cpu(argv, cwd)
            if entry[2] is None or code != 0:
                entry[2] = (code, out, err)
            if code == 0:
                entry[0] = elapsed if entry[0] is None else min(entry[0], elapsed)
                entry[1] = cpu if entry[1] is None else min(entry[1], cpu)
            else:
                entry[0] = elapsed
    return best


def best_of(argv, runs, cwd=None):
    """Best wall time of `runs` runs and the first run's outcome; stops at a failure."""
    best = None
    first = None
    for _ in range(runs):
        elapsed, code, out, err = timed_run(argv, cwd)
        if first is None:
            first = (code, out, err)
        if code != 0:
            return elapsed, (code, out, err)
        best = elapsed if best is None else min(best, elapsed)
    return best, first


def last_line(data):
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "(no output)"


def resolve_programs(names):
    if not names:
        present = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
        ordered = [n for n in DEFAULT_ORDER if n in present]
        ordered += [n for n in present if n not in ordered]
        return [os.path.join(PROGRAMS_DIR, n + ".py") for n in ordered]
    paths = []
    for name in names:
        if os.path.isfile(name):
            paths.append(os.path.abspath(name))
            continue
        base = name if name.endswith(".py") else name + ".py"
        path = os.path.join(PROGRAMS_DIR, base)
        if not os.path.isfile(path):
            print("unknown program: %s" % name)
            continue
        paths.append(path)
    return paths


def fmt_secs(value):
    return "-" if value is None else "%.3f" % value


def bench_programs(python, minipy, programs, runs):
    """The per-program table; returns (rows, ratios)."""
    print("== programs (best of %d, taking turns; wall time, and CPU time) ==" % runs)
    header = "%-14s %10s %10s %9s %10s  %s" % ("program", "python3 s", "minipy s", "ratio",
                                               "CPU ratio", "status")
    print(header)
    print("-" * len(header))
    results = []
    for path in programs:
        name = os.path.splitext(os.path.basename(path))[0]
        cwd = os.path.dirname(path)
        (py_time, py_cpu, (py_code, py_out, py_err)), (mp_time, mp_cpu, (mp_code, mp_out, mp_err)) = \
            best_of_interleaved([[python, path], [minipy, "run", path]], runs, cwd)
        detail = ""
        if py_code != 0:
            status = "PYTHON FAILED"
            detail = last_line(py_err)
            py_time = None
        elif mp_code != 0:
            status = "FAILED"
            detail = "exit %d: %s" % (mp_code, last_line(mp_err))
            mp_time = None
        elif mp_out != py_out:
            status = "MISMATCH"
            detail = "python3: %r / minipy: %r" % (py_out[:80], mp_out[:80])
        else:
            status = "ok"
        ratio = mp_time / py_time if (py_time and mp_time and status == "ok") else None
        ratio_text = "-" if ratio is None else "%.2fx" % ratio
        cpu_ratio = mp_cpu / py_cpu if (py_cpu and mp_cpu and status == "ok") else None
        cpu_text = "-" if cpu_ratio is None else "%.2fx" % cpu_ratio
        print("%-14s %10s %10s %9s %10s  %s" % (name, fmt_secs(py_time), fmt_secs(mp_time),
                                                ratio_text, cpu_text, status))
        if detail:
            print("    %s" % detail)
        results.append((name, status, ratio, detail))
    return results


def bench_startup(python, minipy, tmp):
    empty = os.path.join(tmp, "empty.py")
    with open(empty, "w") as f:
        f.write("")
    runs = 20
    py_time, (py_code, _, _) = best_of([python, empty], runs)
    mp_time, (mp_code, _, mp_err) = best_of([minipy, "run", empty], runs)
    print()
    print("== startup: empty.py (best of %d) ==" % runs)
    print("python3      %8.1f ms" % (py_time * 1000))
    nosite_time, _ = best_of([python, "-S", empty], runs)
    print("python3 -S   %8.1f ms  (no site; for reference only)" % (nosite_time * 1000))
    if mp_code != 0:
        print("minipy       FAILED: %s" % last_line(mp_err))
        return None
    ratio = mp_time / py_time
    print("minipy       %8.1f ms" % (mp_time * 1000))
    print("ratio        %8.2fx" % ratio)
    return ratio


def wrap_in_def(text, index):
    """`text` as the body of `def f_<index>():`, indented by four spaces."""
    lines = ["def f_%d():" % index]
    for line in text.splitlines():
        lines.append("    " + line if line.strip() else "")
    lines.append("    pass")
    lines.append("")
    lines.append("")
    return "\n".join(lines)


def cpython_compiles(python, paths):
    """The subset of `paths` that CPython compiles once wrapped in a def."""
    script = (
        "import sys\n"
        "ok = []\n"
        "for p in sys.argv[1:]:\n"
        "    try:\n"
        "        src = open(p, encoding='utf-8').read()\n"
        "        compile(src, p, 'exec')\n"
        "        body = ['def f_0():']\n"
        "        body += ['    ' + l if l.strip() else '' for l in src.splitlines()]\n"
        "        body.append('    pass')\n"
        "        compile('\\n'.join(body) + '\\n', p, 'exec')\n"
        "    except Exception:\n"
        "        continue\n"
        "    ok.append(p)\n"
        "print('\\n'.join(ok))\n"
    )
    out = subprocess.run([python, "-c", script] + paths, capture_output=True, text=True)
    return [p for p in out.stdout.splitlines() if p]


def frontend_sources():
    paths = []
    for root, dirs, files in os.walk(CORPUS_DIR):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".py"):
                paths.append(os.path.join(root, f))
    programs = sorted(os.path.join(PROGRAMS_DIR, f)
                      for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    return programs + paths


def build_big_source(bodies, min_bytes):
    chunks = ['"""Generated by benches/compare.py: front-end throughput input."""\n\n']
    size = len(chunks[0])
    index = 0
    while size < min_bytes:
        for body in bodies:
            chunk = wrap_in_def(body, index)
            index += 1
            chunks.append(chunk)
            size += len(chunk.encode("utf-8"))
    return "".join(chunks), index


def minipy_rejects(minipy, tmp, body):
    path = os.path.join(tmp, "unit.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(wrap_in_def(body, 0))
    return subprocess.run([minipy, "check", path], capture_output=True).returncode != 0


def bench_frontend(python, minipy, tmp):
    print()
    print("== front-end throughput (best of 3) ==")
    paths = cpython_compiles(python, frontend_sources())
    bodies = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            bodies.append(f.read())
    src, functions = build_big_source(bodies, FRONTEND_MIN_BYTES)
    big = os.path.join(tmp, "big.py")
    with open(big, "w", encoding="utf-8") as f:
        f.write(src)
    check = subprocess.run([minipy, "check", big], capture_output=True)
    if check.returncode != 0:
        print("minipy check failed on the generated file:")
        print(check.stderr.decode("utf-8", "replace").rstrip())
        kept = [b for b in bodies if not minipy_rejects(minipy, tmp, b)]
        print("dropping %d of %d source files minipy rejects and regenerating"
              % (len(bodies) - len(kept), len(bodies)))
        src, functions = build_big_source(kept, FRONTEND_MIN_BYTES)
        with open(big, "w", encoding="utf-8") as f:
            f.write(src)
        check = subprocess.run([minipy, "check", big], capture_output=True)
        if check.returncode != 0:
            print("minipy check still fails:")
            print(check.stderr.decode("utf-8", "replace").rstrip())
    size = os.path.getsize(big)
    mb = size / 1e6
    print("input: %.2f MB, %d functions from %d source files"
          % (mb, functions, len(bodies)))
    timer = (
        "import sys, time\n"
        "src = open(sys.argv[1], encoding='utf-8').read()\n"
        "best = None\n"
        "for _ in range(3):\n"
        "    t = time.perf_counter()\n"
        "    compile(src, sys.argv[1], 'exec')\n"
        "    t = time.perf_counter() - t\n"
        "    best = t if best is None else min(best, t)\n"
        "print(best)\n"
    )
    out = subprocess.run([python, "-c", timer, big], capture_output=True, text=True)
    if out.returncode != 0:
        print("CPython compile failed: %s" % last_line(out.stderr.encode()))
        return None
    py_time = float(out.stdout.strip())
    mp_time, (mp_code, _, mp_err) = best_of([minipy, "check", big], 3)
    print("python3 compile()  %8.3f s  %8.2f MB/s" % (py_time, mb / py_time))
    if mp_code != 0:
        print("minipy check       FAILED: %s" % last_line(mp_err))
        return None
    ratio = mp_time / py_time
    print("minipy check       %8.3f s  %8.2f MB/s" % (mp_time, mb / mp_time))
    print("ratio (time minipy/python3) %.2fx" % ratio)
    return ratio


CONCURRENCY_DIR = os.path.join(BENCH_DIR, "concurrency")


def bench_concurrency(python, minipy, runs):
    """Runs each program of benches/concurrency/ (which times itself and
    prints `label seconds ...`) under both interpreters and shows the best
    run of each: Pool(2) speed-up, CPU-bound threads, 50 sleeping threads."""
    print()
    print("== concurrency (each program times itself; best of %d) ==" % runs)
    checks = {
        "pool_speedup.py": ("speedup", max, "Pool(2).map speed-up over serial"),
        "threads_cpu.py": ("speedup", max, "2 CPU-bound threads, speed-up over serial"),
        "threads_sleep.py": ("elapsed", min, "50 threads sleeping 0.2 s, seconds"),
    }
    for name, (key, pick, label) in checks.items():
        path = os.path.join(CONCURRENCY_DIR, name)
        row = []
        for argv in ([python, path], [minipy, "run", path]):
            values = []
            for _ in range(runs):
                _, code, out, _ = timed_run(argv, cwd=CONCURRENCY_DIR)
                words = out.decode("utf-8", "replace").split()
                if code == 0 and key in words:
                    values.append(float(words[words.index(key) + 1]))
            row.append("%.2f" % pick(values) if values else "FAILED")
        print("%-44s python3 %6s   minipy %6s" % (label, row[0], row[1]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minipy", default=os.path.join(REPO, "target", "release", "minipy"),
                        help="the minipy binary (a release build)")
    parser.add_argument("--runs", type=int, default=3, help="runs per program (best of N)")
    parser.add_argument("programs", nargs="*", help="program names or paths")
    args = parser.parse_args()

    python = real_python()
    minipy = os.path.abspath(args.minipy)
    print("python3: %s" % python)
    print("minipy:  %s" % minipy)
    if not os.path.isfile(minipy):
        print("minipy binary not found; build it with `cargo build --release`")
        print("summary: nothing measured (no minipy binary)")
        return 0
    print()

    results = bench_programs(python, minipy, resolve_programs(args.programs),
                             max(1, args.runs))
    with tempfile.TemporaryDirectory(prefix="minipy-bench-") as tmp:
        startup = bench_startup(python, minipy, tmp)
        frontend = bench_frontend(python, minipy, tmp)
    bench_concurrency(python, minipy, max(1, args.runs))

    ok = [r for r in results if r[1] == "ok"]
    failed = [r[0] for r in results if r[1] == "FAILED"]
    mismatch = [r[0] for r in results if r[1] == "MISMATCH"]
    ratios = [r[2] for r in ok if r[2]]
    geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios)) if ratios else None
    parts = ["%d/%d programs ok" % (len(ok), len(results))]
    if failed:
        parts.append("failed: %s" % ", ".join(failed))
    if mismatch:
        parts.append("mismatch: %s" % ", ".join(mismatch))
    parts.append("geomean ratio %s" % ("-" if geo is None else "%.2fx" % geo))
    parts.append("startup ratio %s" % ("-" if startup is None else "%.2fx" % startup))
    parts.append("front-end ratio %s" % ("-" if frontend is None else "%.2fx" % frontend))
    print()
    print("summary: " + "; ".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
