# Annotations in the modern style are evaluated when the def runs.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    tags: list[str]
    price: float | None = None


def total(items: list[Item], tax: dict[str, float] | None = None) -> float:
    return sum(i.price or 0 for i in items) * (1 + (tax or {}).get("rate", 0))


items = [Item("pen", ["office"], 1.5), Item("gift", [], None)]
print(items[0], total(items, {"rate": 0.5}))
print(total.__annotations__["tax"], Item.__annotations__)
print(isinstance(1.5, float | None), isinstance("x", int | float))
print(list[int] == list[int], list[int] == list[str], hash(int | str) == hash(str | int))
