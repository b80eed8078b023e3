class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Item(%d)" % self.n

items = [Item(1), Item(2)]
print(items)
print({"a": Item(3)})
print((Item(4),))
print(repr(items))
print(str(items))
