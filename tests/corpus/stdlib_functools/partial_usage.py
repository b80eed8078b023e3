from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10))
print(square.func is power, square.args, square.keywords)
int2 = partial(int, base=2)
print(int2("1011"))
