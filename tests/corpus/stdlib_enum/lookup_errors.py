# Failed lookups, subclassing an enum with members, _missing_.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Color("red"), Color("GREEN"))
for bad in (lambda: Color(5), lambda: Color["PURPLE"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    class More(Color):
        BLUE = 3
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
