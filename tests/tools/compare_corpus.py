"""Runs corpus programs under CPython and under minipy and compares the results.

Usage: python3 tests/tools/compare_corpus.py [--minipy PATH] [--jobs N] DIR_OR_FILE...

Each program is run from its own directory, first as `python3 NAME.py` and then as
`minipy run NAME.py`, both with PYTHONHASHSEED=0 and a 10 second timeout. A program
passes when stdout, stderr and the exit status are identical.

Programs may ask for command-line arguments on their first line: `# args: one two`.
Helper modules are not programs: files named `helper_*.py` and everything inside a
package directory (one holding `__init__.py`) are skipped.

Prints one line per failing program with the first difference, then a summary line.
Exits with status 0 only if every program passes.
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT = 10


def is_program(path):
    name = os.path.basename(path)
    if not name.endswith(".py") or name.startswith("helper_"):
        return False
    return not os.path.exists(os.path.join(os.path.dirname(path), "__init__.py"))


def find_programs(targets):
    found = []
    for target in targets:
        if os.path.isfile(target):
            found.append(os.path.abspath(target))
            continue
        for root, dirs, files in os.walk(target):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            if "__init__.py" in files:
                dirs[:] = []
                continue
            found.extend(os.path.abspath(os.path.join(root, f)) for f in sorted(files))
    return [p for p in found if is_program(p)]


def args_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline()
    return first[len("# args:"):].split() if first.startswith("# args:") else []


def run(command, path):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    try:
        r = subprocess.run(command + [os.path.basename(path)] + args_of(path),
                           cwd=os.path.dirname(path), env=env, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    return r.stdout, r.stderr, r.returncode


def first_difference(label, expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines()
    act = actual.decode("utf-8", "replace").splitlines()
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else "<missing>"
        a = act[i] if i < len(act) else "<missing>"
        if e != a:
            return f"{label} line {i + 1}: expected {e!r}, got {a!r}"
    return f"{label} differs in line endings or trailing newline"


def compare(path, minipy):
    """Returns None when minipy agrees with CPython, else a one-line reason."""
    expected = run(["python3"], path)
    if expected is None:
        return "python3 timed out"
    actual = run([minipy, "run"], path)
    if actual is None:
        return f"minipy timed out after {TIMEOUT}s"
    if actual[0] != expected[0]:
        return first_difference("stdout", expected[0], actual[0])
    if actual[1] != expected[1]:
        return first_difference("stderr", expected[1], actual[1])
    if actual[2] != expected[2]:
        return f"exit status {actual[2]} (python3 gives {expected[2]})"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minipy", default=os.path.join(REPO, "target", "release", "minipy"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 4)
    parser.add_argument("targets", nargs="+", metavar="DIR_OR_FILE")
    opts = parser.parse_args()

    minipy = os.path.abspath(opts.minipy)
    if not os.access(minipy, os.X_OK):
        sys.exit(f"minipy binary not found: {minipy}")
    programs = find_programs(opts.targets)
    if not programs:
        sys.exit("no programs found")
    with ThreadPoolExecutor(max_workers=opts.jobs) as pool:
        results = list(pool.map(lambda p: compare(p, minipy), programs))

    failed = 0
    for path, reason in zip(programs, results):
        if reason is not None:
            failed += 1
            print(f"FAIL {os.path.relpath(path)}: {reason}")
    print(f"{len(programs) - failed} passed, {failed} failed, {len(programs)} total")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
