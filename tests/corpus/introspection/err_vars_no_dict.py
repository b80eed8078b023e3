class Plain:
    pass

p = Plain()
p.a = 1
print(vars(p))
vars(5)
