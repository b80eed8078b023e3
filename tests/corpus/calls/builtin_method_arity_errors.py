# Wrong argument counts for methods of builtin types: CPython's wording, type name included.
for src in ['[].append()', '[].clear(1)', '"a".upper(1)', '{}.popitem(1)', '{}.keys(1)', '[].reverse(1)', '"a".lower(1,2)', '(1,).count()', '(1,).index()', '{1}.add()', '{1}.pop(1)', 'b"x".hex(1,2,3)', '[].copy(1)', '{}.copy(1)', '"x".isdigit(1)', '"x".encode(1,2,3)', '[].index()', '[].count()', '[].remove()', '[].extend()', '{}.setdefault()', 'set().discard()', 'set().remove()', 'frozenset().copy(1)', '"x".join()', '"x".startswith()', 'bytearray().append()', '(1).bit_length(1)', '(1.5).is_integer(1)']:
    try:
        eval(src)
        print(src, 'ok')
    except TypeError as e:
        print(src, '->', e)
