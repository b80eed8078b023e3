class Obj:
    pass

o = Obj()
o.x = 1
delattr(o, "x")
print("deleted once")
delattr(o, "x")
