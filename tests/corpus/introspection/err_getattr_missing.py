class Obj:
    pass

o = Obj()
print(getattr(o, "x", 0))
getattr(o, "x")
