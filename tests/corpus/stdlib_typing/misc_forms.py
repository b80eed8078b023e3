# cast, overload, TYPE_CHECKING, Literal, Final, ClassVar, NoReturn, NewType.
from typing import (TYPE_CHECKING, ClassVar, Final, Literal, NewType, NoReturn,
                    cast, overload)

if TYPE_CHECKING:
    print("never printed")
print(TYPE_CHECKING)
print(cast(int, "not an int"), cast("List[int]", [1]))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(4), double("ab"))
print(Literal["r", "w", 1], Final[int], ClassVar[int], NoReturn, Final)


class Config:
    MAX: ClassVar[int] = 10
    mode: Literal["r", "w"] = "r"


print(Config.__annotations__)
UserId = NewType("UserId", int)
print(UserId(42), UserId.__supertype__)


def stop() -> NoReturn:
    raise SystemExit(0)


print(stop.__annotations__)
