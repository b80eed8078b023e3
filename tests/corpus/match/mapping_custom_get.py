class Spy(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)

s = Spy(a=1, b=2)
match s:
    case {"a": a, "b": b}:
        print("matched", a, b)
match s:
    case {"c": c}:
        print("c", c)
    case _:
        print("no c")
