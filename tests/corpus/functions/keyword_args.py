def describe(a, b, c=3, d=4):
    print('a =', a, 'b =', b, 'c =', c, 'd =', d)
describe(1, 2)
describe(1, 2, d=40)
describe(b=20, a=10)
describe(1, c=30, b=2)
describe(5, 6, 7, 8)
