sentinel = object()
def find(xs, target, default=sentinel):
    for x in xs:
        if x == target:
            return x
    if default is sentinel:
        return "no default given"
    return default

print(find([1, 2], 3), find([1, 2], 3, None), find([1, 2], 2))
print(type(sentinel) is object, object() == object(), sentinel == sentinel)
