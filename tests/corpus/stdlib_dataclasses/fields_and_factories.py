# field(): default_factory, repr=False, init=False, compare=False; ClassVar.
from dataclasses import dataclass, field, fields
from typing import ClassVar, List


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    total: int = field(init=False, default=0)
    note: str = field(default="", compare=False)
    created: ClassVar[int] = 0


a = Inventory("ann")
b = Inventory("bob", ["pen"])
a.items.append("cup")
print(a, b, Inventory("bob").items)
print(Inventory("x", note="1") == Inventory("x", note="2"))
print([f.name for f in fields(Inventory)], Inventory.created)
print([(f.name, f.init, f.repr) for f in fields(a)])
