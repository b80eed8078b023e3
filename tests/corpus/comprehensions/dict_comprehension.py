words = ["apple", "bob", "kiwi", "banana"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
d = {"a": 1, "b": 2}
print({v: k for k, v in d.items()})
