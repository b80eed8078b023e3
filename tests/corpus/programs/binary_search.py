def binary_search(items, target):
    lo = 0
    hi = len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

data = list(range(0, 1000, 3))
for t in [0, 3, 300, 999, 998, -5, 1000]:
    print(t, binary_search(data, t))
words = sorted(['kiwi', 'apple', 'mango', 'banana', 'cherry'])
print(words)
print(binary_search(words, 'mango'))
print(binary_search(words, 'grape'))
print(binary_search([], 1))
