# A line continuation at the very end of the source: CPython points just
# after the backslash, or at the bracket still open.
for source in ["total = 1 + \\\n", "values = [1,\\\n", "\\\n"]:
    try:
        compile(source, "snippet", "exec")
    except SyntaxError as e:
        print(repr(source), e.msg, e.lineno, e.offset)
