attempts = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: int("1", 2, 3),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: sorted([1], key=1),
    lambda: max(),
]
for a in attempts:
    try:
        a()
    except TypeError as e:
        print(e)
