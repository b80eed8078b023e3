# collections.abc: builtin types are registered; classes count by their methods.
import collections.abc as abc
from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Sized, Callable


class Bag:
    def __len__(self):
        return 3

    def __iter__(self):
        return iter([1, 2, 3])


for value in [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), b"x", Bag(), len, 5, iter([])]:
    print(type(value).__name__, isinstance(value, Iterable), isinstance(value, Sized),
          isinstance(value, Sequence), isinstance(value, Mapping),
          isinstance(value, Callable), isinstance(value, abc.Iterator), isinstance(value, abc.Set))
print(issubclass(dict, MutableMapping), issubclass(list, abc.MutableSequence), issubclass(tuple, abc.MutableSequence))
import collections
print(collections.abc is abc, collections.OrderedDict is not None)
