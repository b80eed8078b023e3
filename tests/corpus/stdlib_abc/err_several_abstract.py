# Several abstract methods: "methods", names sorted and comma-separated.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def perimeter(self):
        ...

    @abstractmethod
    def area(self):
        ...


class Partial(Shape):
    def perimeter(self):
        return 0


class Empty(Shape):
    pass


try:
    Partial()
except TypeError as e:
    print(e)
Empty()
