# Arguments to @dataclass: order, frozen, repr, eq, init.
from dataclasses import FrozenInstanceError, dataclass


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


vs = [Version(2), Version(1, 5), Version(1, 2)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(2))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1)}))
try:
    vs[0].major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print(e)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), repr(Plain(1)).startswith("<__main__.Plain object"))


@dataclass(init=False)
class Manual:
    a: int

    def __init__(self, text):
        self.a = int(text)


print(Manual("42"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
