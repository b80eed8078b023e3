# A subclass that implements every abstract method can be instantiated.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


print(Square(3).describe())
print(Shape.__abstractmethods__, Square.__abstractmethods__)
print(isinstance(Square(1), Shape), type(Shape).__name__)
