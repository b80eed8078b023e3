# Assigning and deleting an instance's __dict__: the new dict is the
# instance's namespace itself (the Borg idiom shares one between
# instances), a dict read before stays as it was, and a non-dict is a
# TypeError.
class Borg:
    _shared = {}

    def __init__(self, name):
        self.__dict__ = self._shared
        self.last = name

    def where(self):
        return self.last


a = Borg("a")
b = Borg("b")
print(a.last, b.last, a.where(), a.__dict__ is b.__dict__, a.__dict__ is Borg._shared)
a.extra = 1
print(b.extra, sorted(vars(b)))
Borg._shared["direct"] = 2
print(a.direct, b.direct)


class Thing:
    def __init__(self):
        self.x = 1

    def get(self):
        return self.x


t = Thing()
for _ in range(3):
    t.get()
old = t.__dict__
t.__dict__ = {"x": 10, "y": 20}
print(t.get(), t.x, t.y, old, t.__dict__)
del t.__dict__
print(t.__dict__, old)
try:
    t.x
except AttributeError as e:
    print("AttributeError:", e)
t.x = 3
print(t.get(), t.__dict__)
try:
    t.__dict__ = [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    object().__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)


class Slotted:
    __slots__ = ("v",)


try:
    Slotted().__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
