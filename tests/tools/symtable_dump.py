"""Prints CPython's symbol table in the layout of `minipy symbols FILE`.

Usage: python3 symtable_dump.py FILE

The differential tests run this beside `minipy symbols` and compare the two.
"""
import symtable
import sys

SCOPE_NAMES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def dump(table, depth, out):
    indent = "  " * depth
    out.append(f"{indent}{table.get_type()} {table.get_name()} (line {table.get_lineno()})")
    symbols = sorted(table.get_symbols(), key=lambda s: s.get_name())
    width = max((len(s.get_name()) for s in symbols), default=0)
    for sym in symbols:
        words = [word for on, word in [
            (sym.is_parameter(), "parameter"),
            (sym.is_nonlocal(), "nonlocal"),
            (sym.is_imported(), "imported"),
            (sym.is_annotated(), "annotated"),
            (sym.is_assigned(), "assigned"),
            (sym.is_referenced(), "referenced"),
            (sym.is_namespace(), "namespace"),
        ] if on]
        scope = SCOPE_NAMES[sym._Symbol__scope]
        line = f"{indent}  {sym.get_name():<{width}}  {scope:<16} {', '.join(words)}"
        out.append(line.rstrip())
    for child in table.get_children():
        dump(child, depth + 1, out)


def main():
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        source = f.read()
    out = []
    dump(symtable.symtable(source, path, "exec"), 0, out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
