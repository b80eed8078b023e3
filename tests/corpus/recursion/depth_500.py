def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def build(n):
    if n == 0:
        return []
    return [build(n - 1)]
x = build(5)
print(x)
