# Instantiating a class with an abstract method left is a TypeError.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


print("before")
s = Shape()
