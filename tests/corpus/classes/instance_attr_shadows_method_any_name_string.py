# An instance attribute shadows a method however its name string was made.
class C:
    def f(self):
        return "method"
    def g(self):
        return "method g"
a = C()
print(a.f(), a.g())
a.f = lambda: "instance attr"
print(a.f())
b = C()
setattr(b, "".join(["g"]), lambda: "via setattr with a built name")
print(b.g(), b.f())
c = C()
c.__dict__["f" + ""] = lambda: "via __dict__"
print(c.f())
c.__dict__[("x" + "f")[1:]] = lambda: "via __dict__ sliced"
print(c.f())
del c.f
print(c.f())
d = C()
d.__dict__[1] = "int key"
d.g = lambda: "after an int key"
print(d.g(), d.f())
class E:
    def m(self):
        return "E.m"
e = E()
for i in range(10):
    setattr(e, "attr%d" % i, i)
e.m = lambda: "shadow in a big dict"
print(e.m(), e.attr9)
