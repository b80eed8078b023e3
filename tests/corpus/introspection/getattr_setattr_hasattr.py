class Obj:
    a = 1

o = Obj()
print(getattr(o, "a"), getattr(o, "b", "default"))
setattr(o, "b", 2)
print(o.b, hasattr(o, "b"), hasattr(o, "c"))
name = "dyn_" + "attr"
setattr(o, name, [1, 2])
print(getattr(o, name), o.dyn_attr)
delattr(o, "b")
print(hasattr(o, "b"))
