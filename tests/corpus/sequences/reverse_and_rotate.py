def rotate(lst, k):
    if not lst:
        return lst
    k = k % len(lst)
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2))
print(rotate([1, 2, 3, 4, 5], -1))
print(rotate([1, 2, 3], 3), rotate([], 4))
lst = [1, 2, 3]
lst.reverse()
print(lst, lst[::-1], list(reversed(lst)))
