# isinstance/issubclass ask an object with __instancecheck__/__subclasscheck__, even a non-class.
class EvenChecker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(self, cls):
        return cls in (int, bool) or cls == "int-ish"


even = EvenChecker()
print(isinstance(4, even), isinstance(3, even), isinstance("x", even))
print(isinstance(4, (str, even)), isinstance(5, (str, even)))
print(issubclass(int, even), issubclass(float, even))
print(issubclass("int-ish", even), issubclass("other", even))


class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub == [1]


class Listy(metaclass=Meta):
    pass


print(issubclass([1], Listy), issubclass([2], Listy))
try:
    issubclass([1], int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
