# Abstract properties, classmethods and staticmethods, new and old spelling.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty


class Animal(ABC):
    @property
    @abstractmethod
    def sound(self):
        ...

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    def speak(self):
        return "%s says %s" % (self.kind(), self.sound)


class Dog(Animal):
    @property
    def sound(self):
        return "woof"

    @classmethod
    def kind(cls):
        return "dog"


print(Dog().speak())
print(sorted(Animal.__abstractmethods__))


class Old(metaclass=ABCMeta):
    @abstractproperty
    def x(self):
        pass


try:
    Old()
except TypeError as e:
    print(e)
