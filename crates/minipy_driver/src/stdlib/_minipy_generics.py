"""`list[int]` and `int | None` at run time: the objects CPython calls
`types.GenericAlias` and `types.UnionType`. The VM makes them when a
builtin class is subscripted or two types are joined with `|`."""


def _type_repr(obj):
    if obj is Ellipsis:
        return "..."
    if obj is type(None) or obj is None:
        return "None"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    return repr(obj)


class GenericAlias:
    """A builtin class with type arguments: `list[int]` calls like `list`
    and prints like `list[int]`."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if len(self.__args__) == 0:
            return "%s[()]" % _type_repr(self.__origin__)
        return "%s[%s]" % (_type_repr(self.__origin__), ", ".join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __subclasscheck__(self, cls):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """`int | str | None`: `isinstance` accepts any of its members."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return any(issubclass(cls, arg) for arg in self.__args__)


for _cls, _name in ((GenericAlias, "GenericAlias"), (UnionType, "UnionType")):
    _cls.__module__ = "types"
    _cls.__qualname__ = _name
del _cls, _name


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def union(left, right):
    """`left | right` for types: flattened, without repeats; a single
    member is returned as itself (`int | int` is `int`)."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    members = []
    for side in (left, right):
        parts = side.__args__ if isinstance(side, UnionType) else (side,)
        for part in parts:
            if part is None:
                part = type(None)
            if part not in members:
                members.append(part)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))
