# Subclasses of the builtin iterator types (map, filter, zip, enumerate,
# reversed) build and iterate the iterator they wrap.
class Doubled(map):
    def __init__(self, func, items):
        self.label = "doubled"


class Numbered(enumerate):
    def __next__(self):
        index, value = super().__next__()
        return f"{index}:{value}"


class Evens(filter):
    pass


d = Doubled(lambda x: x * 2, [1, 2, 3])
print(d.label, list(d), isinstance(d, map))
print(list(Numbered("xyz", 1)))
print(list(Evens(lambda n: n % 2 == 0, range(7))))
z = type("Pairs", (zip,), {})("ab", [1, 2])
print(next(z), list(z))
print(list(type("Back", (reversed,), {})([1, 2, 3])))
