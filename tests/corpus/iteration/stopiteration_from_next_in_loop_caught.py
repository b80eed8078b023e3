def pairs(xs):
    it = iter(xs)
    out = []
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            break
        out.append((a, b))
    return out

print(pairs([1, 2, 3, 4, 5]))
