def make():
    print("make called")
    return [1, 2, 3]

g = (x + 1 for x in make())
print("after creation")
print(list(g))
