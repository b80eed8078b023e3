"""Front-end throughput on CPython's own standard library, concatenated into one file.

Usage:
    cargo build --release
    python3 benches/frontend_stdlib.py [--minipy target/release/minipy] [--mb 20]
                                       [--runs 3] [--keep stdlib.py]

Run it with CPython 3.11 (the version minipy follows): the standard library
is that interpreter's own, ``sysconfig.get_paths()["stdlib"]``. The script
builds nothing itself; the default binary is target/release/minipy.

How the input is made:

* every ``.py`` file under the stdlib directory except ``site-packages``,
  in sorted path order, the modules outside ``test``/``tests`` directories
  first and the test suites after them, until the text reaches ``--mb``
  megabytes (10**6 bytes; default 20);
* each file is decoded as UTF-8 (a file that is not UTF-8 is skipped) and
  its module-level ``from __future__ import ...`` statements are removed,
  since they are only legal at the top of a file; what remains is preceded
  by a two-line comment naming the file, so that a coding cookie in the
  file is not on the first two lines (where it would apply to the whole
  concatenation, or to the file checked on its own);
* a file is skipped if CPython's ``compile()`` rejects it (the test suite
  holds deliberately broken files) or if ``minipy check`` rejects it; the
  latter are minipy bugs, listed by name at the end of the output;
* the kept files are concatenated unchanged, module after module, so the
  input has top-level code, classes and functions as the stdlib has them.

Then, best of ``--runs`` each: CPython's ``compile(src, name, "exec")``
in a fresh interpreter process (in-process time: the compile call alone),
and ``minipy check FILE`` (wall time of the whole process: start-up, file
read, lexing, parsing, symbol tables, bytecode). Throughput is in MB/s and
the ratio is minipy time / CPython time (below 1 means minipy is faster).
``--keep PATH`` also writes the generated file to PATH, for profiling
(``perf record -g target/release/minipy check PATH``).
"""

import argparse
import ast
import os
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings
from concurrent.futures import ThreadPoolExecutor

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
SKIPPED_DIRS = {"site-packages", "__pycache__"}
TEST_DIRS = {"test", "tests"}

# Runs in a fresh interpreter so the timing does not inherit this script's heap.
COMPILE_TIMER = """
import sys, time
src = open(sys.argv[1], encoding="utf-8").read()
best = None
for _ in range(int(sys.argv[2])):
    t = time.perf_counter()
    compile(src, sys.argv[1], "exec")
    t = time.perf_counter() - t
    best = t if best is None else min(best, t)
print(best)
"""


def stdlib_files(stdlib):
    """Every .py file of the stdlib, library modules first, then test suites."""
    library, tests = [], []
    for root, dirs, files in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS)
        rel_root = os.path.relpath(root, stdlib)
        in_tests = bool(TEST_DIRS & set(rel_root.split(os.sep)))
        for name in sorted(files):
            if name.endswith(".py"):
                (tests if in_tests else library).append(os.path.join(root, name))
    return library + tests


def without_future_imports(text):
    """`text` without its module-level `from __future__ import` statements.

    Their lines are blanked (not deleted) so that line numbers in errors
    still match the original file, offset by the two header lines."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            for i in range(node.lineno - 1, node.end_lineno):
                lines[i] = "\n"
    return "".join(lines)


def prepared_chunk(path, stdlib):
    """(chunk, None) for a file CPython compiles, else (None, reason)."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, "not UTF-8"
    try:
        with warnings.catch_warnings():
            # Both compilers print the same SyntaxWarnings again when timed.
            warnings.simplefilter("ignore")
            body = without_future_imports(text)
            if not body.endswith("\n"):
                body += "\n"
            chunk = "#\n# stdlib: %s\n%s" % (os.path.relpath(path, stdlib), body)
            compile(chunk, path, "exec")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as err:
        return None, "%s: %s" % (type(err).__name__, err)
    return chunk, None


def minipy_check(minipy, path):
    """(ok, first line of the error) for `minipy check path`."""
    try:
        proc = subprocess.run([minipy, "check", path], capture_output=True, timeout=600)
    except subprocess.TimeoutExpired:
        return False, "timed out after 600 s"
    if proc.returncode == 0:
        return True, ""
    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    return False, lines[-1] if lines else "exit %d" % proc.returncode


def best_wall_time(argv, runs):
    """Best wall time of `runs` runs of argv, or None if one fails."""
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(argv, capture_output=True)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            return None
        best = elapsed if best is None else min(best, elapsed)
    return best


def build_input(stdlib, minipy, target_bytes, tmp):
    """The concatenated source, the number of files in it, and the skips."""
    candidates = stdlib_files(stdlib)
    chunks, size = [], 0
    skipped_cpython, minipy_bugs = [], []
    # Checking with minipy needs one process per file; doing a batch at a
    # time in parallel keeps this step to a few seconds.
    batch = 64
    index = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        while size < target_bytes and index < len(candidates):
            prepared = []
            for path in candidates[index:index + batch]:
                chunk, reason = prepared_chunk(path, stdlib)
                rel = os.path.relpath(path, stdlib)
                if chunk is None:
                    skipped_cpython.append((rel, reason))
                    continue
                unit = os.path.join(tmp, "unit_%d.py" % len(prepared))
                with open(unit, "w", encoding="utf-8") as f:
                    f.write(chunk)
                prepared.append((rel, chunk, unit))
            index += batch
            verdicts = pool.map(lambda p: minipy_check(minipy, p[2]), prepared)
            for (rel, chunk, _), (ok, error) in zip(prepared, verdicts):
                if not ok:
                    minipy_bugs.append((rel, error))
                elif size < target_bytes:
                    chunks.append(chunk)
                    size += len(chunk.encode("utf-8"))
    header = '"""Generated by benches/frontend_stdlib.py from %s."""\n' % stdlib
    return header + "".join(chunks), len(chunks), skipped_cpython, minipy_bugs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minipy", default=os.path.join(REPO, "target", "release", "minipy"),
                        help="the minipy binary (a release build)")
    parser.add_argument("--mb", type=float, default=20.0,
                        help="size of the generated source in MB (10**6 bytes)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (best of N)")
    parser.add_argument("--keep", metavar="PATH", help="also write the generated source here")
    args = parser.parse_args()

    minipy = os.path.abspath(args.minipy)
    if not os.path.isfile(minipy):
        print("minipy binary not found at %s; build it with `cargo build --release`" % minipy)
        return 1
    stdlib = sysconfig.get_paths()["stdlib"]
    print("python3: %s (%s)" % (sys.executable, sys.version.split()[0]))
    print("minipy:  %s" % minipy)
    print("stdlib:  %s" % stdlib)
    if sys.version_info[:2] != (3, 11):
        print("warning: minipy follows Python 3.11; this is %d.%d" % sys.version_info[:2])

    with tempfile.TemporaryDirectory(prefix="minipy-stdlib-") as tmp:
        src, files, skipped_cpython, minipy_bugs = build_input(
            stdlib, minipy, int(args.mb * 1e6), tmp)
        big = args.keep or os.path.join(tmp, "stdlib_concat.py")
        with open(big, "w", encoding="utf-8") as f:
            f.write(src)
        size = os.path.getsize(big)
        print()
        print("input: %.2f MB, %d lines, %d files concatenated"
              % (size / 1e6, src.count("\n"), files))
        print("skipped: %d files CPython rejects, %d files minipy rejects"
              % (len(skipped_cpython), len(minipy_bugs)))
        for rel, reason in skipped_cpython:
            print("  cpython rejects %s: %s" % (rel, reason))
        for rel, error in minipy_bugs:
            print("  MINIPY BUG: rejects %s: %s" % (rel, error))

        timer = subprocess.run([sys.executable, "-c", COMPILE_TIMER, big, str(args.runs)],
                               capture_output=True, text=True)
        if timer.returncode != 0:
            print("CPython compile() failed on the concatenation:")
            print(timer.stderr.rstrip())
            return 1
        py_time = float(timer.stdout.strip())
        ok, error = minipy_check(minipy, big)
        if not ok:
            print("minipy check failed on the concatenation: %s" % error)
            return 1
        mp_time = best_wall_time([minipy, "check", big], args.runs)

    mb = size / 1e6
    print()
    print("== front end on the stdlib (best of %d) ==" % args.runs)
    print("python3 compile()  %8.3f s  %8.2f MB/s" % (py_time, mb / py_time))
    print("minipy check       %8.3f s  %8.2f MB/s" % (mp_time, mb / mp_time))
    print("ratio (time minipy/python3) %.2fx" % (mp_time / py_time))
    return 0


if __name__ == "__main__":
    sys.exit(main())
