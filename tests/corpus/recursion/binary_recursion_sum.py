def rsum(lst):
    if len(lst) == 0:
        return 0
    if len(lst) == 1:
        return lst[0]
    mid = len(lst) // 2
    return rsum(lst[:mid]) + rsum(lst[mid:])
print(rsum(list(range(1001))))
print(rsum([0.5, 0.25, 0.125]))
print(rsum([]))
