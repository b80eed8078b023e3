class Plain:
    pass

p = Plain()
print("indexing")
print(p[0])
