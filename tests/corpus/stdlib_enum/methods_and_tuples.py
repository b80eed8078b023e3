# Members made from tuples (__init__ gets the items), methods, mixins.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Animal(str, Enum):
    CAT = "cat"
    DOG = "dog"

    def speak(self):
        return "%s speaks" % self.value


print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2))
print(Animal.CAT, repr(Animal.DOG), Animal.CAT.speak(), Animal("dog"), Animal.CAT == "cat")
print(f"{Animal.CAT}", Animal.CAT.upper())
