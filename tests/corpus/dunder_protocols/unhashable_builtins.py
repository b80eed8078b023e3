# Mutable builtin containers are unhashable: __hash__ is None, subclasses too.
import collections.abc
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, tuple.__hash__ is not None, int.__hash__ is not None)
class L(list): pass
for v in [[], {}, set(), bytearray(), L()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(isinstance([], collections.abc.Hashable), isinstance((), collections.abc.Hashable), isinstance(1, collections.abc.Hashable))
class P:
    def __eq__(self, o): return True
print(P.__hash__)
