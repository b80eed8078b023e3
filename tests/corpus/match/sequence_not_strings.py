# str, bytes and bytearray are not sequences for matching.
def f(x):
    match x:
        case [a, b]:
            return f"two items {a!r} {b!r}"
        case [*items]:
            return f"sequence of {len(items)}"
        case str() | bytes() | bytearray():
            return "string-like"
        case _:
            return "not a sequence"

for v in ["ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b"), {"a": 1, "b": 2}, {1, 2}, iter([1, 2]), range(5)]:
    print(type(v).__name__, f(v))
