class N:
    def __init__(self, v):
        self.v = v
    def __truediv__(self, o): return "truediv %s" % (self.v / o)
    def __floordiv__(self, o): return "floordiv %s" % (self.v // o)
    def __mod__(self, o): return "mod %s" % (self.v % o)
    def __pow__(self, o): return "pow %s" % (self.v ** o)
    def __matmul__(self, o): return "matmul %s" % o
    def __lshift__(self, o): return "lshift %s" % (self.v << o)
    def __rshift__(self, o): return "rshift %s" % (self.v >> o)
    def __and__(self, o): return "and %s" % (self.v & o)
    def __or__(self, o): return "or %s" % (self.v | o)
    def __xor__(self, o): return "xor %s" % (self.v ^ o)

n = N(13)
for r in [n / 2, n // 2, n % 5, n ** 2, n @ 7, n << 2, n >> 1, n & 5, n | 2, n ^ 1]:
    print(r)
