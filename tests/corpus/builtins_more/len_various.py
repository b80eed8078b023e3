print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(len(range(1, 10, 3)), len(""), len([[]]))
print(len(range(10, 0, -3)))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()), len("é"), len("é".encode()))
