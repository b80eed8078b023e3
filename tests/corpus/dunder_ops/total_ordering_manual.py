class Size:
    order = ["S", "M", "L", "XL"]
    def __init__(self, s):
        self.s = s
    def _k(self):
        return Size.order.index(self.s)
    def __lt__(self, o): return self._k() < o._k()
    def __eq__(self, o): return self._k() == o._k()
    def __repr__(self): return self.s

sizes = [Size("L"), Size("S"), Size("XL"), Size("M")]
print(sorted(sizes))
print(Size("S") < Size("M"), Size("XL") > Size("L"))
