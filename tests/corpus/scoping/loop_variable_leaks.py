def last_item(seq):
    item = None
    for item in seq:
        pass
    return item
print(last_item([1, 2, 3]), last_item([]))
total = 0
for i in range(3):
    total += i
print(i, total)
def f():
    for j in range(2):
        k = j * 10
    return j, k
print(f())
