"""Container datatypes (CPython's collections module, in Python).

deque, defaultdict, Counter, OrderedDict, namedtuple and ChainMap, with
CPython 3.11's results, reprs and error messages.

minipy workarounds (marked "minipy:" below): dict's __eq__ and __repr__
do not work yet when called explicitly on a subclass instance, and str()
of one ignores its class's __repr__; tuple subclasses do not carry their
items yet. The dict subclasses here therefore build those results from
dict(self), and namedtuple classes keep their items in the instance and
define tuple's methods.
"""

import sys as _sys
from operator import itemgetter as _itemgetter, eq as _eq
from collections.abc import MutableMapping as _MutableMapping

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']


def _type_name(obj):
    return type(obj).__name__


# Objects being repr()'d right now, by id: a container met again inside
# itself prints as "..." instead of recursing forever.
_repr_running = set()


def _guarded_repr(obj, make_repr):
    """make_repr(obj), or '...' when obj's repr is already being built."""
    key = id(obj)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        return make_repr(obj)
    finally:
        _repr_running.discard(key)


def _dict_eq(a, b):
    """dict.__eq__(a, b) for a dict subclass a (minipy: calling the builtin
    one explicitly on a subclass instance gives NotImplemented)."""
    if not isinstance(b, dict):
        return NotImplemented
    return dict(a) == dict(b)


def _dict_repr(d):
    """dict.__repr__(d) for a dict subclass d."""
    return repr(dict(d))


def _class_getitem(cls, item):
    """cls[item] in annotations: the class itself, as minipy's list[int]
    is list (CPython makes a types.GenericAlias)."""
    return cls


def _repr_as_str(self):
    """object.__str__ (minipy: str() of a dict subclass instance shows the
    dict unless the class defines __str__)."""
    return repr(self)


################################################################################
### deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints.

    The items are _items[_head:]: popping from the left advances _head, and
    appending to the left fills the free slots before it (made on demand),
    so both ends take amortized constant time. _state counts structural
    changes, so iterators can detect a deque changing under them.
    """

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # Adding and removing at the ends.

    def append(self, x, /):
        """Add an element to the right side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._items) - self._head >= maxlen:
            if maxlen == 0:
                return
            self.popleft()
        self._items.append(x)

    def appendleft(self, x, /):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self._items) - self._head >= self._maxlen:
            if self._maxlen == 0:
                return
            self._items.pop()
        if self._head == 0:
            self._make_room_left()
        self._head -= 1
        self._items[self._head] = x

    def pop(self, /):
        """Remove and return the rightmost element."""
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self, /):
        """Remove and return the leftmost element."""
        items = self._items
        head = self._head
        if head == len(items):
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items[head]
        items[head] = None
        head += 1
        if head == len(items):
            self._items = []
            head = 0
        elif head >= 32 and 2 * head >= len(items):
            # Free the dead prefix once it is half the list.
            del items[:head]
            head = 0
        self._head = head
        return x

    def _make_room_left(self):
        """Insert free slots before the items (as many as there are items)."""
        room = max(8, len(self._items))
        self._items[:0] = [None] * room
        self._head = room

    def extend(self, iterable, /):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._items.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self, /):
        """Remove all elements from the deque."""
        self._state += 1
        self._items = []
        self._head = 0

    # Whole-deque operations.

    def rotate(self, n=1, /):
        """Rotate the deque n steps to the right (default n=1). If n is
        negative, rotates left."""
        if not isinstance(n, int):
            raise TypeError(f"'{_type_name(n)}' object cannot be interpreted as an integer")
        size = len(self._items) - self._head
        if size <= 1:
            return
        n %= size
        if n:
            self._state += 1
            live = self._items[self._head:]
            self._items = live[-n:] + live[:-n]
            self._head = 0

    def reverse(self, /):
        """Reverse *IN PLACE*."""
        live = self._items[self._head:]
        live.reverse()
        self._items = live
        self._head = 0

    def copy(self, /):
        """Return a shallow copy of a deque."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """Return number of occurrences of value."""
        n = 0
        for x in self._items[self._head:]:
            if x is value or x == value:
                n += 1
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        """Return first index of value.

        Raises ValueError if the value is not present.
        """
        size = len(self)
        start = _clamp_bound(start, size)
        stop = _clamp_bound(stop, size)
        state = self._state
        for i in range(start, stop):
            x = self._items[self._head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value, /):
        """Insert value before index."""
        size = len(self._items) - self._head
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index < 0:
            index = max(index + size, 0)
        elif index > size:
            index = size
        self._state += 1
        self._items.insert(self._head + index, value)

    def remove(self, value, /):
        """Remove first occurrence of value."""
        for i in range(len(self._items) - self._head):
            x = self._items[self._head + i]
            if x is value or x == value:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    # The sequence protocol.

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return _deque_iterator(self, self._state, False)

    def __reversed__(self):
        return _deque_iterator(self, self._state, True)

    def __contains__(self, value):
        for x in self._items[self._head:]:
            if x is value or x == value:
                return True
        return False

    def _position(self, index):
        """The position in _items of the item at index."""
        if not isinstance(index, int):
            raise TypeError(f"sequence index must be integer, not '{_type_name(index)}'")
        size = len(self._items) - self._head
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError('deque index out of range')
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        position = self._position(index)
        self._state += 1
        del self._items[position]
        if len(self._items) == self._head:
            self._items = []
            self._head = 0

    # Operators.

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{_type_name(other)}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type '{_type_name(n)}'")
        live = self._items[self._head:]
        self.clear()
        if n > 0:
            self.extend(live * n if self._maxlen is None else _repeat_items(live, n))
        return self

    def __repr__(self):
        def make(d):
            items = repr(list(d))
            if d._maxlen is None:
                return f'{_type_name(d)}({items})'
            return f'{_type_name(d)}({items}, maxlen={d._maxlen})'
        # Inside itself a deque shows as [...] (it is repr'd as a list there).
        if id(self) in _repr_running:
            return '[...]'
        _repr_running.add(id(self))
        try:
            return make(self)
        finally:
            _repr_running.discard(id(self))

    def __reduce__(self):
        state = self.__dict__.copy()
        for name in ('_items', '_head', '_maxlen', '_state'):
            state.pop(name, None)
        return type(self), ((), self._maxlen), state or None, iter(self)

    __class_getitem__ = _class_getitem


def _clamp_bound(i, size):
    """A start or stop index of deque.index() as a position in 0..size."""
    if not isinstance(i, int):
        raise TypeError('slice indices must be integers or have an __index__ method')
    if i < 0:
        i += size
        if i < 0:
            return 0
    return min(i, size)


def _repeat_items(items, n):
    for _ in range(n):
        yield from items


def _deque_iterator(d, state, backwards):
    """Iterate over d (taken at state), failing if d changes meanwhile."""
    size = len(d._items) - d._head
    positions = range(size - 1, -1, -1) if backwards else range(size)
    for i in positions:
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        yield d._items[d._head + i]
    if d._state != state:
        raise RuntimeError('deque mutated during iteration')


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    __class_getitem__ = _class_getitem

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.update(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    __str__ = _repr_as_str

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            factory_repr = _guarded_repr(factory, repr)
        return f'{_type_name(self)}({factory_repr}, {_guarded_repr(self, _dict_repr)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order.

    minipy's dicts keep insertion order already; this adds reordering
    (move_to_end, popitem(last=False)) and order-sensitive equality.
    """

    __class_getitem__ = _class_getitem

    def __init__(self, other=(), /, **kwds):
        dict.update(self, other, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(self.items())
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return _KeysView(self, 'odict_keys')

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return _ValuesView(self, 'odict_values')

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return _ItemsView(self, 'odict_items')

    __str__ = _repr_as_str

    def __repr__(self):
        def make(od):
            if not od:
                return f'{_type_name(od)}()'
            return f'{_type_name(od)}({list(dict.items(od))!r})'
        return _guarded_repr(self, make)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and all(map(_eq, self, other))
        return _dict_eq(self, other)

    __hash__ = None

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        state = self.__dict__.copy() or None
        return self.__class__, (), state, None, iter(list(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### Mapping views (for OrderedDict and ChainMap)
################################################################################

class _MappingView:
    __slots__ = ('_mapping', '_name')

    def __init__(self, mapping, name):
        self._mapping = mapping
        self._name = name

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        if self._name.startswith('odict'):
            return f'{self._name}({list(self)!r})'
        return f'{self._name}({self._mapping!r})'


class _KeysView(_MappingView):

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return set(self) == set(other)

    def __and__(self, other):
        return set(self) & set(other)

    def __or__(self, other):
        return set(self) | set(other)

    def __sub__(self, other):
        return set(self) - set(other)

    def __xor__(self, other):
        return set(self) ^ set(other)

    def isdisjoint(self, other):
        return set(self).isdisjoint(other)


class _ItemsView(_MappingView):

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield key, mapping[key]

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __eq__(self, other):
        return set(self) == set(other)


class _ValuesView(_MappingView):

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield mapping[key]

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False


################################################################################
### namedtuple
################################################################################

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])

class _tuplegetter:
    """The descriptor for one field of a namedtuple: item number index."""
    __slots__ = ('_index', '__doc__')

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance._tuple[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _tuple_new(cls, iterable):
    """tuple.__new__(cls, iterable).

    minipy: tuple.__new__ does not yet store items in a subclass instance,
    so they are kept as its `_tuple` too, for the methods in _TUPLE_METHODS.
    """
    items = tuple(iterable)
    self = tuple.__new__(cls, items)
    self.__dict__['_tuple'] = items
    return self


def _items(t):
    """The items of the tuple (or namedtuple) t."""
    return t if type(t) is tuple else t._tuple


# tuple's methods for namedtuple classes (minipy: see _tuple_new).

def _tuple_len(self):
    return len(self._tuple)


def _tuple_getitem(self, index):
    return self._tuple[index]


def _tuple_iter(self):
    return iter(self._tuple)


def _tuple_contains(self, value):
    return value in self._tuple


def _tuple_hash(self):
    return hash(self._tuple)


def _tuple_eq(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self._tuple == _items(other)


def _tuple_ne(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self._tuple != _items(other)


def _tuple_lt(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self._tuple < _items(other)


def _tuple_le(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self._tuple <= _items(other)


def _tuple_gt(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self._tuple > _items(other)


def _tuple_ge(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self._tuple >= _items(other)


def _tuple_add(self, other):
    if not isinstance(other, tuple):
        raise TypeError(f'can only concatenate tuple (not "{_type_name(other)}") to tuple')
    return self._tuple + _items(other)


def _tuple_radd(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _items(other) + self._tuple


def _tuple_mul(self, n):
    return self._tuple * n


def _tuple_count(self, value, /):
    return self._tuple.count(value)


def _tuple_index(self, value, start=0, stop=_sys.maxsize, /):
    try:
        return self._tuple.index(value, start, stop)
    except ValueError:
        raise ValueError('tuple.index(x): x not in tuple') from None


_TUPLE_METHODS = {
    '__len__': _tuple_len, '__getitem__': _tuple_getitem,
    '__iter__': _tuple_iter, '__contains__': _tuple_contains,
    '__hash__': _tuple_hash, '__eq__': _tuple_eq, '__ne__': _tuple_ne,
    '__lt__': _tuple_lt, '__le__': _tuple_le, '__gt__': _tuple_gt,
    '__ge__': _tuple_ge, '__add__': _tuple_add, '__radd__': _tuple_radd,
    '__mul__': _tuple_mul, '__rmul__': _tuple_mul, 'count': _tuple_count,
    'index': _tuple_index,
}


def _check_field_names(typename, field_names, rename):
    """Validate the names (renaming bad field names if rename is true)."""
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    _check_field_names(typename, field_names, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    fields = tuple(field_names)
    num_fields = len(fields)
    # A one-field tuple display needs its trailing comma: (x,).
    arg_list = ', '.join(fields) + (',' if num_fields == 1 else '')

    # __new__ is compiled from source, as in CPython, so that calling the
    # class binds arguments (and reports errors) like an ordinary function.
    namespace = {'_tuple_new': _tuple_new, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))',
                   namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        """Return a nicely formatted representation string"""
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({parts})'

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    namespace = dict(_TUPLE_METHODS)
    namespace.update({
        '__doc__': f'{typename}({arg_list})',
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    })
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')

    result = type(typename, (tuple,), namespace)
    for method in (__new__, __repr__, _asdict, __getnewargs__, _replace):
        method.__qualname__ = f'{typename}.{method.__name__}'
    # CPython names the caller's module; minipy has no sys._getframe, so
    # assume the main script (where most namedtuples are made).
    result.__module__ = '__main__' if module is None else module
    return result


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    """Tally elements from the iterable."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap, UserDict))


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')
    >>> c.most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    """

    __class_getitem__ = _class_getitem

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        Elements with equal counts keep their insertion order.
        """
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Iterator over elements repeating each as many times as its count.
        Elements with counts below one are left out."""
        return _counter_elements(self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.
        """
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)     # fast path for an empty counter
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.
        """
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    __str__ = _repr_as_str

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered (not numbers).
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Comparisons treat missing elements as having zero counts.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    __hash__ = None

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _counter_elements(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


################################################################################
### ChainMap
################################################################################

class ChainMap(_MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    Lookups search the underlying mappings successively until a key is
    found. Writes, updates, and deletions only operate on the first mapping.
    """

    __class_getitem__ = _class_getitem

    def __init__(self, *maps):
        """Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.
        """
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        def make(cm):
            return f'{cm.__class__.__name__}({", ".join(map(repr, cm.maps))})'
        return _guarded_repr(self, make)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """Create a ChainMap with a single dict created from the iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]"""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """New ChainMap from maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Clear maps[0], leaving maps[1:] intact."""
        self.maps[0].clear()

    # `update` and `setdefault` come from `MutableMapping`.

    def keys(self):
        return _KeysView(self, 'KeysView')

    def items(self):
        return _ItemsView(self, 'ItemsView')

    def values(self):
        return _ValuesView(self, 'ValuesView')

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


################################################################################
### UserDict, UserList, UserString (the common methods)
################################################################################

class UserDict(_MutableMapping):
    """A dict-like class wrapping a real dict, `data`, for subclassing.
    `get`, `update` and `setdefault` come from `MutableMapping`, as in
    CPython 3.11 (so `get` goes through a subclass's `__missing__`)."""

    __class_getitem__ = _class_getitem

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        return self.data == other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def pop(self, key, *default):
        return self.data.pop(key, *default)

    def popitem(self):
        return self.data.popitem()

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self.data)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    """A list-like class wrapping a real list, `data`, for subclassing."""

    __class_getitem__ = _class_getitem

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str-like class wrapping a real str, `data`, for subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __getattr__(self, name):
        # The str methods, with str results wrapped back into this class.
        method = getattr(self.data, name)
        if not callable(method):
            return method

        def call(*args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = method(*args, **kwargs)
            return self.__class__(result) if isinstance(result, str) else result
        return call
