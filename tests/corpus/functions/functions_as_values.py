def double(x):
    return x * 2
def square(x):
    return x * x
def apply(f, value):
    return f(value)
funcs = [double, square, abs]
for fn in funcs:
    print(fn.__name__, apply(fn, -3))
table = {'d': double, 's': square}
print(table['s'](7))
def compose(f, g):
    def h(x):
        return f(g(x))
    return h
print(compose(double, square)(3), compose(square, double)(3))
