# auto() numbers members from 1; Flag's auto gives powers of two.
from enum import Enum, Flag, StrEnum, auto


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = 10
    THU = auto()


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()


print(list(Weekday), list(Perm), list(Mode))
print(Mode.READ, Mode.READ == "read", repr(Mode.WRITE))
