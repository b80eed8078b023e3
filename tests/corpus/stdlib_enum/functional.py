# The functional form: Enum('Name', names).
from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Level = IntEnum("Level", ["LOW", "HIGH"])
print(list(Level), Level.HIGH + 0)
Pairs = Enum("Pairs", [("A", 10), ("B", 20)])
print(Pairs(20), Pairs.A.value)
Colors = Enum("Colors", {"RED": "r", "BLUE": "b"})
print(repr(Colors.BLUE))
