for obj in ["ab", [1, 2], (3,), {"k": 1}, {5}, range(2), b"hi"]:
    it = iter(obj)
    print(type(it).__name__, list(it))
it = iter({"a": 1, "b": 2}.items())
print(next(it), next(it), next(it, None))
print(type(iter(range(3))).__name__, type(iter([])).__name__)
