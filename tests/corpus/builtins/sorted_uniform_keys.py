"""sorted() and list.sort() on uniform ints, floats and strs keep Python's order, stability and reverse."""
import random
random.seed(5)
xs = [random.randint(-50, 50) for _ in range(300)]
print(sorted(xs)[:20], sorted(xs, reverse=True)[:20])
fs = [0.0, -0.0, 1.5, -2.5, 0.0, -0.0, float("inf"), -float("inf")]
print(sorted(fs), sorted(fs, reverse=True))
print([str(x) for x in sorted(fs)])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
ss = ["b", "a", "é", "Z", "ab", "", "zz", "\U0001f600", "\uffff", "ä"]
print(sorted(ss), sorted(ss, reverse=True))
pairs = [(k % 3, i) for i, k in enumerate(xs[:30])]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(range(20), key=lambda i: -i % 4))
print(sorted([True, 2, 1, False, 0]))
print(sorted([3, 1.5, 2]))
big = [10**20, -5, 3, 10**19]
print(sorted(big))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=len, reverse=True)
print(words)
