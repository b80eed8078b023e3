# Subclassing collections.abc: the mixin methods come from the ABC.
from collections.abc import Mapping, MutableMapping, Sequence, MutableSet


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)))


class LowerDict(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        return self.data[key.lower()]

    def __setitem__(self, key, value):
        self.data[key.lower()] = value

    def __delitem__(self, key):
        del self.data[key.lower()]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


d = LowerDict()
d["A"] = 1
d.update(B=2, c=3)
print(sorted(d.items()), d.get("b"), "C" in d, d.pop("a"), len(d), d.setdefault("z", 26))
print(isinstance(d, Mapping), d == {"b": 2, "c": 3, "z": 26})


class Incomplete(Sequence):
    pass


try:
    Incomplete()
except TypeError as e:
    print(e)


class Tags(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for i in items:
            self.add(i)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


t = Tags(["a", "b"])
t |= ["c", "a"]
print(sorted(t), sorted(t & {"a", "c", "x"}), t <= Tags("abcd"), len(t - Tags("a")))
