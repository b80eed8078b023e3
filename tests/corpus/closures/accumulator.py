def make_acc(start):
    total = start
    def add(x):
        nonlocal total
        total = total + x
        return total
    return add
acc = make_acc(100)
print(acc(10))
print(acc(-50))
print(acc(0.5))
s = make_acc('')
print(s('a'), s('b'))
