print(bool(set()), bool({0}), len({1, 1, 1}))
s = {1}
s.discard(1)
print(s, not s)
