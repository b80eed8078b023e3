# __subclasshook__ decides membership by the methods a class has.
from abc import ABC, abstractmethod


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 3


print(isinstance(Box(), Sized), isinstance([], Sized), isinstance(3, Sized))
print(issubclass(dict, Sized), issubclass(int, Sized))
