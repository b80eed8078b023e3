# reversed() of enum classes (metaclass __reversed__), dict and list subclasses.
class D(dict): pass
class L(list): pass
print(list(reversed(D(a=1, b=2))), list(reversed(L([1, 2]))))
try:
    reversed(int)
except TypeError as e:
    print(e)
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print(list(reversed(Color)))
Color.extra = "fine"
print(Color.extra)
