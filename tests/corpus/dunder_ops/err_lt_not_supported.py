class A:
    pass

items = [A(), A()]
print(len(items))
sorted(items)
