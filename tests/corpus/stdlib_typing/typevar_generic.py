# TypeVar and user generic classes: class Stack(Generic[T]).
from typing import Dict, Generic, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, Co, Contra, List[T], Dict[K, V])
print(Dict[str, T][int])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


class Pair(Generic[K, V]):
    pass


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop())
print(Stack[int], Pair[str, int])
print(Stack.__parameters__, Pair.__parameters__)
print([c.__name__ for c in Stack.__mro__])
print(type(s).__name__, s.__orig_class__)
