# Fields are inherited (bases first); __post_init__ runs after __init__.
from dataclasses import dataclass, field


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Derived(Base):
    z: int = 0
    y: int = 5


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Derived(1), Derived(1, 2, 3), Derived.__match_args__)
print(Rect(2, 3), Rect(2, 3) == Rect(2, 3))
print(isinstance(Derived(1), Base), Derived(1) == Base(1, 5))
