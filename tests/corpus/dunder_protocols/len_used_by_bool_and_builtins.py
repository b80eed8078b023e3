class Box:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)

b = Box(3, 1, 2)
print(len(b), bool(b), bool(Box()))
print(sorted(b), list(b), tuple(b), sum(b), max(b))
print(list(enumerate(b)))
print(dict(zip("abc", b)))
