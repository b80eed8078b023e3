# Attribute loads and stores through the per-site caches: instances whose
# attributes were set in different orders, deleted attributes, more than
# eight attributes, __class__ swapped under a warm cache, and a method
# shadowed on one instance only.


class A:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 20
            self.x = 10

    def total(self):
        return self.x + self.y

    def name(self):
        return "A"


class B:
    def __init__(self):
        self.x = 100
        self.y = 200

    def total(self):
        return self.x * self.y

    def name(self):
        return "B"


def run(objs):
    out = []
    for o in objs:
        out.append((o.name(), o.x, o.y, o.total()))
        o.x = o.x + 1
    return out


objs = [A(True), A(False), A(True), B(), A(False)]
print(run(objs))
print(run(objs))

# A hole where an attribute was: the remembered position is stale.
a = A(True)
del a.x
print(run([A(False)]))
try:
    print(a.x)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 5
print(a.x, a.y, list(vars(a)))

# Many attributes: the dict has a hash index.
class Wide:
    pass


w = Wide()
for i in range(12):
    setattr(w, "a%d" % i, i)
for _ in range(3):
    w.a11 = w.a11 + w.a0 + w.a5
print(w.a11, len(vars(w)))

# __class__ assignment while the caches are warm.
c = A(True)
print(run([c, c]))
c.__class__ = B
print(run([c, c]))
c.__class__ = A
print(run([c]))

# One instance shadows a method.
s = A(True)
s.name = lambda: "shadowed"
print(run([A(True), s, A(False)]))
del s.name
print(run([s]))

# A class attribute appears after the sites were warmed: it is now found
# on the class for instances that lack the attribute.
class C:
    def get(self):
        return self.z


objs = [C(), C()]
objs[0].z = "inst"
print(objs[0].get())
C.z = "class"
print(objs[1].get(), objs[0].get())
