# A grab-bag of everyday builtins, methods and formatting.
print("{a}-{b}".format_map({"a": 1, "b": 2}), "abc".translate(str.maketrans("ab", "xy", "c")))
print(round(2.675, 2), round(-0.5), round(1234, -2), divmod(-7, 2), -7 // 2, -7 % 2)
print(bytes.fromhex("de ad"), (1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "big"))
print(list(zip([1, 2], "ab", strict=True)), {"a": 1} | {"b": 2}, "prefix_x".removeprefix("prefix_"), "a.txt".removesuffix(".txt"))
d = {"a": 1}; d |= {"c": 3}; print(d)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(f"{3.14159:.2f} {42:>6} {42:<6}| {255:#x} {1234567:,} {0.25:.1%} {'hi'!r:>6}")
print(*range(3), sep=", ", end="!\n")
import math
print(math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)), math.gcd(12, 18, 24), math.lcm(4, 6))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e16 + 1, 2 ** 0.5)
print(str(1e-7), 1e22, 123456789012345678.0, float("nan") == float("nan"), -0.0)
print(any(x > 2 for x in [1, 3]), all([]), max([], default=0), min("bca"), sum([[1], [2]], []))
s = "Hello, World"
print(s[::-1], s[-5:], s.center(20, "*"), s.split(", "), s.partition(","), s.swapcase(), s.zfill(15))
print(isinstance(True, int), type(1 + 2j), (1 + 2j) * (3 - 1j), abs(3 + 4j), complex("1+2j"))
x = [1, 2, 3, 4, 5]
x[1:3] = [9]; del x[::2]; print(x, x * 2, [0] * 3)
print(dict.fromkeys("ab", 0), list(reversed({"a": 1, "b": 2})), {1, 2} ^ {2, 3}, frozenset([1]) | {2})
print(hex(-255), oct(8), bin(5), int("0x1f", 16), int("1_000"), float("1e3"), chr(0x1F600), ord("€"))
print("%5s|%-5s|%05d|%+.2e|%c|%%" % ("a", "b", 42, 1234.5, 65))
print(repr("it's"), repr('say "hi"'), ascii("é"), "tab\there".expandtabs(4))
import itertools, functools, operator
print(list(itertools.accumulate([1, 2, 3], operator.mul)), functools.reduce(operator.add, range(5)), list(itertools.pairwise("abc")))
print(list(itertools.batched("abcde", 2)) if hasattr(itertools, "batched") else "no batched")
