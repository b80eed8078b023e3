import operator
print(operator.add(2, 3), operator.mul(4, 5), operator.sub(9, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.eq(1, 1), operator.lt(1, 2), operator.contains([1], 1))
print(operator.getitem("abc", 1), operator.mod(10, 3), operator.pow(2, 5))
