def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6, [], [[7]]]))
print(flatten('str'))
print(flatten([[], [[]]]))
