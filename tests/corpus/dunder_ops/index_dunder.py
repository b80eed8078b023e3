class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

xs = ["a", "b", "c", "d"]
print(xs[Idx(2)], xs[Idx(-1)])
print(xs[Idx(1):Idx(3)])
print(bin(Idx(5)), hex(Idx(255)))
print(range(Idx(3)))
