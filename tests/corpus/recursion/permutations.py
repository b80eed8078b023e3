def perms(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            result.append([items[i]] + p)
    return result
for p in perms([1, 2, 3]):
    print(p)
print(len(perms(list('abcde'))))
