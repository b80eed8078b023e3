"""isinstance asks a metaclass's __instancecheck__ (and issubclass its __subclasscheck__), after the exact-type shortcut, as CPython does."""
import collections.abc as cabc
from abc import ABC, abstractmethod
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(3, cabc.Hashable))
print(issubclass(list, cabc.MutableSequence), isinstance("s", cabc.Iterable))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Answer(metaclass=Meta):
    pass
print(isinstance(42, Answer), isinstance(41, Answer), issubclass(int, Answer), issubclass(str, Answer))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
Shape.register(tuple)
print(isinstance((1,), Shape), isinstance(Sq(), Shape), issubclass(tuple, Shape))
try:
    Shape()
except TypeError as e:
    print(e)
print(isinstance(42, (str, Answer)))
