def show(label, value):
    print('evaluating', label)
    return value
def f(a, b, c):
    return a + b + c
print(f(show('a', 1), show('b', 2), show('c', 3)))
print(f(c=show('c', 'z'), a=show('a', 'x'), b=show('b', 'y')))
lst = [show('first', 1), show('second', 2)]
d = {show('k1', 'k'): show('v1', 'v')}
print(lst, d)
