# IntEnum members are ints: arithmetic, comparison, str() of the int.
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.HIGH), f"{Priority.MEDIUM}", str(Priority.LOW))
print(Priority.LOW + 1, Priority.HIGH > Priority.MEDIUM, Priority.LOW == 1, Priority(5))
print(sorted([Priority.HIGH, Priority.LOW]), isinstance(Priority.LOW, int), [1, 2, 3][Priority.LOW])
print(max(Priority), Priority.HIGH * 2, "%d" % Priority.MEDIUM)
