def subsets(lst):
    if not lst:
        return [[]]
    rest = subsets(lst[1:])
    with_first = []
    for s in rest:
        with_first.append([lst[0]] + s)
    return rest + with_first
for s in subsets(['a', 'b', 'c']):
    print(s)
