def my_map(fn, items):
    out = []
    for x in items:
        out.append(fn(x))
    return out
def my_filter(pred, items):
    out = []
    for x in items:
        if pred(x):
            out.append(x)
    return out
def my_reduce(fn, items, acc):
    for x in items:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a + b, nums, 0))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, b: b + a, 'abc', ''))
