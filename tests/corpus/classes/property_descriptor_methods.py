# A property's __get__, __set__ and __delete__ can be called directly; getter(None) keeps the old getter.
class Box:
    def __init__(self):
        self._v = 1

    def _get(self):
        return self._v * 10

    def _set(self, v):
        self._v = v

    def _del(self):
        self._v = 0

    value = property(_get, _set, _del)


b = Box()
prop = Box.__dict__["value"]
print(prop.__get__(b, Box), prop.__get__(None, Box) is prop)
prop.__set__(b, 4)
print(b.value)
prop.__delete__(b)
print(b.value)
print(prop.getter(None).fget is Box._get, prop.setter(None).fset is Box._set)
ro = property(lambda self: 5)
print(ro.__get__(b))
try:
    ro.__set__(b, 1)
except AttributeError:
    print("AttributeError on set")
