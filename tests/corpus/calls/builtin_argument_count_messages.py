# The argument-count messages of builtin functions and methods, in the
# wordings CPython uses for each kind.
for call in ['divmod(1)', 'divmod(1, 2, 3)', '"a".replace("x")', '"a".replace(1, 2, 3, 4)', '[].append()', '[].pop(1, 2)', '"a".startswith()', '"ab".find("a", 1, 2, 3)', '{}.get()', '{}.setdefault()', '{}.keys(1)', 'getattr(1)', 'isinstance(1)', 'pow(1)', 'round()', 'hasattr(1, 2, 3)']:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
