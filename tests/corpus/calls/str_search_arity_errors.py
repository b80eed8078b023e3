# The search methods of str and bytes word a wrong argument count the old way.
for src in ['"x".startswith()', '"x".endswith(1,2,3,4)', '"x".count()', '"x".find()', '"x".index()', '"x".rfind()', '"x".count(1,2,3,4)', 'b"x".count()', 'b"x".find()', 'b"x".startswith()', '"x".replace()', '"x".center()', '"x".zfill()', '[].insert(1)', '[].pop(1,2)', '{}.get()', '{}.pop()', '"x".ljust()', '"x".strip(1,2)', '"x".partition()']:
    try:
        eval(src)
        print(src, 'ok')
    except TypeError as e:
        print(src, '->', e)
