vals = [1, "s", [1], (1,), {1: 1}, {1}, 1.5, None]
for v in vals:
    print(repr(v), isinstance(v, (list, tuple)), isinstance(v, (int, float)) and not isinstance(v, bool))
numbers = [v for v in vals if isinstance(v, (int, float))]
print(numbers, len(numbers))
