def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot = xs[0]
    less = []
    more = []
    for x in xs[1:]:
        if x < pivot:
            less.append(x)
        else:
            more.append(x)
    return quicksort(less) + [pivot] + quicksort(more)
print(quicksort([3, 6, 1, 8, 2, 9, 2, -4, 0]))
print(quicksort([1.5, -0.5, 1e3]))
