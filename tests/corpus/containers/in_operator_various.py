print(2 in [1, 2], 2 in (1,), "a" in {"a": 1}, 1 in {"a": 1}.values())
print("x" in "xyz", 3 in range(5), 3 in {3}, [1] in [[1], [2]])
print(None in [None], (1, 2) in [(1, 2)])
class Bag:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Bag(), "other" in Bag(), "other" not in Bag())
