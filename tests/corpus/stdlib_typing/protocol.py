# Protocol with runtime_checkable: isinstance checks the members.
from typing import Protocol, runtime_checkable


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self) -> None:
        print("closed")


class Plain:
    pass


def shutdown(thing: SupportsClose) -> None:
    thing.close()


shutdown(Resource())
print(isinstance(Resource(), SupportsClose), isinstance(Plain(), SupportsClose))


class NotChecked(Protocol):
    def run(self) -> int:
        ...


try:
    isinstance(Resource(), NotChecked)
except TypeError as e:
    print("TypeError:", e)
try:
    SupportsClose()
except TypeError as e:
    print("TypeError:", e)
