def bubble_sort(items):
    items = items.copy()
    n = len(items)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return items, swaps

data = [64, 34, 25, 12, 22, 11, 90]
result, swaps = bubble_sort(data)
print('original:', data)
print('sorted:  ', result)
print('swaps:', swaps)
print(bubble_sort([]))
print(bubble_sort([1, 2, 3]))
print(bubble_sort(['pear', 'apple', 'fig', 'date']))
print(bubble_sort([3.5, -1, 2, 0.0]))
