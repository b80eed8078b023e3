from itertools import permutations
words = sorted({"".join(p) for p in permutations("aab")})
print(words)
print(sum(1 for _ in permutations(range(5), 3)))
