# ChainMap and UserDict are MutableMappings: update/setdefault/get come from the ABC.
from collections import ChainMap, UserDict
from collections.abc import MutableMapping, Mapping
c = ChainMap({"a": 1}, {"b": 2})
c.update(x=9)
c.update([("y", 8)])
print(c.setdefault("a", 0), c.setdefault("z", 5), c.maps, isinstance(c, MutableMapping))
class D(UserDict):
    def __missing__(self, key):
        return "missing " + key
d = D(a=1)
d.update({"b": 2}, c=3)
d.update(UserDict(e=5))
print(d, d.get("q"), d["q"], d.setdefault("f", 6), isinstance(d, Mapping), len(d))
print(dict(ChainMap({"k": 1}) | {"j": 2}))
