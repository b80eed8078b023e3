class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Loose) and self.v % 10 == o.v % 10

xs = [Loose(1), Loose(12), Loose(21)]
print(xs.count(Loose(11)))
print(xs.index(Loose(2)))
xs.remove(Loose(31))
print([x.v for x in xs])
print(Loose(22) in xs)
