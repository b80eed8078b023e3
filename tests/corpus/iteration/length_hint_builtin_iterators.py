# Builtin iterators tell how many items they have left through __length_hint__.
it = iter([1, 2, 3, 4])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
s = iter("héllo")
next(s); next(s)
print(s.__length_hint__(), iter((1, 2)).__length_hint__(), iter(b"abc").__length_hint__())
ri = iter(range(0, 10, 3))
next(ri)
print(ri.__length_hint__())
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
    def __len__(self):
        return 3
class NoLen:
    def __getitem__(self, i):
        raise IndexError
g = iter(Seq())
next(g)
print(g.__length_hint__(), iter(NoLen()).__length_hint__())
