class Bag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self

a = Bag()
b = Bag()
a.add(1).add(2)
b.add(3)
print(a.items, b.items)
