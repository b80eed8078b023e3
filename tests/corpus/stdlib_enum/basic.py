# Members: name, value, repr, str, format, lookups, order, len.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), f"{Color.GREEN}", Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color(2), Color["BLUE"], repr(Color))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1))
print({Color.RED: "r"}[Color.RED], sorted(c.name for c in Color))
print(Color.__members__)
for name, member in Color.__members__.items():
    print(name, member.value)
