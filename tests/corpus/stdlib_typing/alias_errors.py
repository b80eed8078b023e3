# List[int] cannot be called; subscripted generics refuse isinstance.
from typing import Any, List

for expr in ("List[int]()", "isinstance([], List[int])", "Any[int]", "List[int, str]"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print(isinstance([], List))
try:
    List()
except TypeError as e:
    print("TypeError:", e)
