class Calc:
    def add(self, a, b): return a + b
    def sub(self, a, b): return a - b
    def mul(self, a, b): return a * b

c = Calc()
for op in ["add", "sub", "mul", "div"]:
    fn = getattr(c, op, None)
    if fn is None:
        print(op, "unsupported")
    else:
        print(op, fn(6, 3))
