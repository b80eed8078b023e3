class R:
    def __rsub__(self, o): return "rsub %r" % o
    def __rmul__(self, o): return "rmul %r" % o
    def __rtruediv__(self, o): return "rtruediv %r" % o
    def __rfloordiv__(self, o): return "rfloordiv %r" % o
    def __rmod__(self, o): return "rmod %r" % o
    def __rpow__(self, o): return "rpow %r" % o
    def __rand__(self, o): return "rand %r" % o
    def __ror__(self, o): return "ror %r" % o
    def __rxor__(self, o): return "rxor %r" % o
    def __rlshift__(self, o): return "rlshift %r" % o

r = R()
print(1 - r, "s" * r, 2 / r, 3 // r, 4 % r)
print(5 ** r, 6 & r, 7 | r, 8 ^ r, 9 << r)
