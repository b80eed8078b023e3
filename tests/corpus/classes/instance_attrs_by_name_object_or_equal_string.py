# Instance attributes found by name object and by equal strings.
class C:
    pass
c = C()
c.x = 1
setattr(c, "".join(["y"]), 2)
name = "".join(["x"])
print(getattr(c, name), c.y, c.x, vars(c))
for i in range(12):
    setattr(c, "a%d" % i, i)
print(c.a11, c.x, c.y, len(vars(c)))
del c.x
try:
    c.x
except AttributeError as e:
    print(e)
c.x = 5
print(c.x, list(vars(c))[:3])
