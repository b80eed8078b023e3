class Calc:
    def neg(self, a):
        return -a

c = Calc()
print(c.neg(5))
c.neg(1, 2)
