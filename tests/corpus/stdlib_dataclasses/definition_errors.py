# Mistakes caught when the class is made.
from dataclasses import dataclass, field

try:
    @dataclass
    class Cart:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass(order=True)
    class Ranked:
        r: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(eq=False, order=True)
    class Odd:
        r: int
except ValueError as e:
    print("ValueError:", e)
