# Subclasses of set and frozenset show their class name in repr; a set inside itself shows set(...).
class Tags(set):
    pass


class FrozenTags(frozenset):
    pass


print(Tags(), Tags(["a"]), repr(Tags([3])))
print(FrozenTags(), FrozenTags([2]))
print([Tags([1])], str(FrozenTags([5])))


class Holder:
    def __init__(self, target):
        self.target = target

    def __repr__(self):
        return "Holder(" + repr(self.target) + ")"

    def __hash__(self):
        return 7


s = set()
s.add(Holder(s))
print(s)
t = Tags()
t.add(Holder(t))
print(t)
