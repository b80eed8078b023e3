class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

print(MathUtil.add(2, 3))
print(MathUtil().add(4, 5))
f = MathUtil.add
print(f(1, 1))
