class Plain:
    pass

p = Plain()
print(callable(p))
p()
