"""Asks CPython what the front-end stages of minipy must print, for many files at once.

Usage: python3 oracle.py MODE FILE...

MODE is one of:
  tokens   - what `python3 -m tokenize FILE` prints
  ast      - ast.dump(ast.parse(source), indent=1)
  symbols  - the symbol tables, in the layout of `minipy symbols` (see symtable_dump.py)
  compiles - `ok` if compile() accepts the file (what `python3 -m py_compile` checks)

For each file it prints a line `\\0FILE <path>` and then the output, or a line
`\\0ERROR` when CPython itself rejects the file. One process serves every file,
so the differential tests do not pay Python's start-up time per file.
"""
import ast
import contextlib
import io
import os
import sys
import tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import symtable_dump  # noqa: E402


def tokens(path):
    out = io.StringIO()
    saved = sys.argv
    sys.argv = ["tokenize", path]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            tokenize.main()
    except SystemExit as e:
        if e.code:
            return None
    finally:
        sys.argv = saved
    return out.getvalue()


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def ast_dump(path):
    try:
        return ast.dump(ast.parse(read(path)), indent=1) + "\n"
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def symbols(path):
    try:
        out = []
        symtable_dump.dump(symtable_dump.symtable.symtable(read(path), path, "exec"), 0, out)
        return "\n".join(out) + "\n"
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def compiles(path):
    import warnings
    with open(path, "rb") as f:
        source = f.read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, path, "exec", dont_inherit=True)
        return "ok\n"
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def main():
    mode, paths = sys.argv[1], sys.argv[2:]
    run = {"tokens": tokens, "ast": ast_dump, "symbols": symbols, "compiles": compiles}[mode]
    for path in paths:
        result = run(path)
        sys.stdout.write(f"\0FILE {path}\n")
        sys.stdout.write("\0ERROR\n" if result is None else result)


if __name__ == "__main__":
    main()
