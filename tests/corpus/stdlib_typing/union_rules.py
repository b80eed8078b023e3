# Unions flatten, drop repeats, collapse to one type, and compare as sets.
from typing import Optional, Union

print(Union[int])
print(Union[int, Union[str, int]])
print(Optional[int] == Union[None, int])
print(Union[int, str] == Union[str, int])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Optional[int].__args__)
print(isinstance(3, Optional[int]), isinstance("x", Optional[int]))
for bad in ((), (int, str)):
    try:
        print(Union[bad] if bad == () else Optional[bad])
    except TypeError as e:
        print("TypeError:", e)
