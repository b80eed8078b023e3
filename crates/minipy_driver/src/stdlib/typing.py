"""Type hints as they evaluate at run time.

Covers what the annotations of ordinary programs evaluate to: `Any`,
`Optional`, `Union`, the generic aliases (`List`, `Dict`, `Tuple`, `Set`,
`FrozenSet`, `Type`, `Callable`, `Iterable`, `Iterator`, `Generator`,
`Sequence`, `Mapping`, `MutableMapping`...) and their subscriptions, with
CPython's reprs (`typing.List[int]`, `typing.Optional[int]`, `~T`);
`TypeVar`, `Generic`, `Protocol` (with `runtime_checkable`), `NamedTuple`
(class syntax and functional form), `Literal`, `Final`, `ClassVar`,
`NoReturn`, `cast`, `overload`, `TYPE_CHECKING`, `NewType`, `get_origin`,
`get_args` and a simple `get_type_hints`.

Leaves out: `Annotated`, `ParamSpec`, `TypeVarTuple`, `TypedDict`, the
async aliases, `@no_type_check` semantics and most of the checks CPython
makes on the arguments of a subscription. The abstract collection aliases
(`Iterable`...) have small stand-in origins named like `collections.abc`'s
classes, which check `isinstance` by the methods a class defines.
"""

import collections as _collections
import sys as _sys

TYPE_CHECKING = False

_NoneType = type(None)


def _function_type():
    pass


_FunctionType = type(_function_type)


def _type_repr(obj):
    """How a type shows inside a subscription: `int`, `__main__.Point`."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    """An argument of a subscription: None means NoneType, a string is a
    forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    """The type variables in `args`, in order of first appearance."""
    params = []
    for arg in args:
        if isinstance(arg, TypeVar):
            found = [arg]
        else:
            found = getattr(arg, "__parameters__", ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


class ForwardRef:
    """A type named by a string, evaluated later by `get_type_hints`."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return "ForwardRef(%r)" % self.__forward_arg__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class TypeVar:
    """`T = TypeVar('T')`: shows as `~T` (`+T` covariant, `-T` contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    """`Any`, `Union`, `Optional`, `Literal`...: a name, and what its
    subscription makes (`getitem`, or not subscriptable)."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            # (Worded for Any, which is a class in CPython 3.11.)
            raise TypeError("type '%s' is not subscriptable" % self._name)
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate %r" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%r cannot be used with issubclass()" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


class _GenericAlias:
    """A subscription: `List[int]`, `Stack[int]`, `ClassVar[int]`.

    `name` is set for the aliases of the typing module (`List[int]` shows
    as `typing.List[int]`, not `list[int]`)."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        # False for `List[int]` and friends, which cannot be called.
        self._inst = inst

    def __repr__(self):
        if self._name is not None:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        # `Dict[str, T][int]`: the type variables replaced, in order.
        params = _as_tuple(params)
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % self)
        if len(params) != len(self.__parameters__):
            raise TypeError(
                "Too %s arguments for %r; actual %d, expected %d"
                % ("many" if len(params) > len(self.__parameters__) else "few",
                   self, len(params), len(self.__parameters__))
            )
        subst = dict(zip(self.__parameters__, (_type_check(p) for p in params)))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(
                "Type %s cannot be instantiated; use %s() instead"
                % (self._name, self.__origin__.__name__.lower())
            )
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        # `class Stack(Generic[T])` derives from Generic; `class
        # Names(List[str])` from list, with Generic added as CPython does.
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        for b in later:
            if isinstance(b, (_GenericAlias, _SpecialGenericAlias)):
                break
            if isinstance(b, type) and issubclass(b, Generic):
                break
        else:
            if self.__origin__ is not Generic and Generic not in entries:
                entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, name):
        # Attributes of the origin (`List[int].__name__`...), but not the
        # special names, which must not be taken from the origin.
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, subst) for a in arg.__args__))
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    return arg


class _CallableGenericAlias(_GenericAlias):
    """`Callable[[int, str], bool]`: the arguments are kept flat, as
    CPython does, with the result last; `Callable[..., bool]` too."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return "typing.Callable[[%s], %s]" % (params, _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name, self._inst)


class _UnionGenericAlias(_GenericAlias):
    """`Union[int, str]`; a union with None shows as `Optional[...]`."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return "typing.Optional[%s]" % _type_repr(other)
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __subclasscheck__(self, cls):
        # isinstance(x, Optional[int]) works when the members are classes.
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    """`Literal['r', 'w']`: the values shown with their repr."""

    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialGenericAlias:
    """`List`, `Dict`, `Iterable`...: a class's name in typing, subscribed
    with `nparams` types (-1: any number, as `Tuple`)."""

    def __init__(self, origin, nparams, name, inst=False, alias=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._alias = alias

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._name == "Tuple":
            # Tuple[()] is the empty tuple; Tuple[int, ...] keeps the dots.
            if params == ((),):
                params = ()
        elif self._name == "Callable":
            return self._callable(params)
        elif len(params) != self._nparams:
            raise TypeError(
                "Too %s arguments for typing.%s; actual %d, expected %d"
                % ("many" if len(params) > self._nparams else "few",
                   self._name, len(params), self._nparams)
            )
        args = tuple(p if p is ... else _type_check(p) for p in params)
        return self._alias(self.__origin__, args, self._name, self._inst)

    def _callable(self, params):
        if len(params) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result]."
            )
        arguments, result = params
        if arguments is ...:
            args = (..., _type_check(result))
        elif isinstance(arguments, list):
            args = tuple(_type_check(a) for a in arguments) + (_type_check(result),)
        else:
            raise TypeError(
                "Callable[args, result]: args must be a list. Got %r" % (arguments,)
            )
        return _CallableGenericAlias(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(
                "Type %s cannot be instantiated; use %s() instead"
                % (self._name, self.__origin__.__name__.lower())
            )
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return _GenericAlias.__mro_entries__(self, bases)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


# --- The special forms ---------------------------------------------------


def _union(self, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    # Nested unions are flattened, repeats dropped (first one kept).
    flat = []
    for p in params:
        p = _type_check(p)
        members = p.__args__ if isinstance(p, _UnionGenericAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat))


def _optional(self, param):
    if isinstance(param, tuple):
        raise TypeError("typing.Optional requires a single type. Got %r." % (param,))
    return Union[param, None]


def _literal(self, params):
    return _LiteralGenericAlias(Literal, _as_tuple(params))


def _single(self, param):
    # ClassVar[int], Final[int], Type-like forms taking one type.
    if isinstance(param, tuple):
        raise TypeError("typing.%s accepts only single type." % self._name)
    return _GenericAlias(self, (_type_check(param),), self._name)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
Literal = _SpecialForm("Literal", _literal)
ClassVar = _SpecialForm("ClassVar", _single)
Final = _SpecialForm("Final", _single)


# --- Stand-ins for collections.abc -----------------------------------------


class _DuckMeta(type):
    """A class that answers isinstance by the methods a class has, as the
    one-method ABCs of collections.abc do (`Iterable`: `__iter__`)."""

    def __subclasscheck__(cls, other):
        if cls._known and issubclass(other, cls._known):
            return True
        if cls._methods is None:
            return cls in other.__mro__
        return all(getattr(other, m, None) is not None for m in cls._methods)


def _abc(name, methods, known=()):
    ns = {"_methods": methods, "_known": known, "__module__": "collections.abc"}
    cls = _DuckMeta(name, (), ns)
    cls.__qualname__ = name
    return cls


_Hashable = _abc("Hashable", ("__hash__",))
_Sized = _abc("Sized", ("__len__",))
_Container = _abc("Container", ("__contains__",))
_Iterable = _abc("Iterable", ("__iter__",))
_Iterator = _abc("Iterator", ("__iter__", "__next__"))
_Reversible = _abc("Reversible", ("__iter__", "__reversed__"))
_Generator = _abc("Generator", ("__iter__", "__next__", "send", "throw", "close"))
_Collection = _abc("Collection", ("__len__", "__iter__", "__contains__"))
_Callable = _abc("Callable", ("__call__",))
# Which classes are sequences or mappings is a registration, not a matter of
# methods: these know the builtin ones (and their subclasses).
_Sequence = _abc("Sequence", None, (list, tuple, str, range, bytes, bytearray))
_MutableSequence = _abc("MutableSequence", None, (list, bytearray))
_Mapping = _abc("Mapping", None, (dict,))
_MutableMapping = _abc("MutableMapping", None, (dict,))
_AbstractSet = _abc("Set", None, (set, frozenset))
_MutableSet = _abc("MutableSet", None, (set,))

List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple")
Type = _SpecialGenericAlias(type, 1, "Type", inst=True)
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(_collections.Counter, 1, "Counter")
Deque = _SpecialGenericAlias(_collections.deque, 1, "Deque")
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, "ChainMap")
Callable = _SpecialGenericAlias(_Callable, -1, "Callable", inst=True)
Hashable = _SpecialGenericAlias(_Hashable, 0, "Hashable", inst=True)
Sized = _SpecialGenericAlias(_Sized, 0, "Sized", inst=True)
Container = _SpecialGenericAlias(_Container, 1, "Container", inst=True)
Iterable = _SpecialGenericAlias(_Iterable, 1, "Iterable", inst=True)
Iterator = _SpecialGenericAlias(_Iterator, 1, "Iterator", inst=True)
Reversible = _SpecialGenericAlias(_Reversible, 1, "Reversible", inst=True)
Generator = _SpecialGenericAlias(_Generator, 3, "Generator", inst=True)
Collection = _SpecialGenericAlias(_Collection, 1, "Collection", inst=True)
Sequence = _SpecialGenericAlias(_Sequence, 1, "Sequence", inst=True)
MutableSequence = _SpecialGenericAlias(_MutableSequence, 1, "MutableSequence", inst=True)
Mapping = _SpecialGenericAlias(_Mapping, 2, "Mapping", inst=True)
MutableMapping = _SpecialGenericAlias(_MutableMapping, 2, "MutableMapping", inst=True)
AbstractSet = _SpecialGenericAlias(_AbstractSet, 1, "AbstractSet", inst=True)
MutableSet = _SpecialGenericAlias(_MutableSet, 1, "MutableSet", inst=True)

Text = str
AnyStr = TypeVar("AnyStr", bytes, str)


# --- Generic and Protocol ---------------------------------------------------


class Generic:
    """The base of user generic classes: `class Stack(Generic[T])`."""

    def __class_getitem__(cls, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if not params:
            raise TypeError(
                "Parameter list to %s[...] cannot be empty" % cls.__qualname__
            )
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(
                        "Parameters to %s[...] must all be type variables "
                        "or parameter specification variables." % cls.__name__
                    )
            if len(set(params)) != len(params):
                raise TypeError(
                    "Parameters to %s[...] must all be unique" % cls.__name__
                )
        elif len(params) != len(cls.__parameters__):
            raise TypeError(
                "Too %s arguments for %s; actual %d, expected %d"
                % ("many" if len(params) > len(cls.__parameters__) else "few",
                   _type_repr(cls), len(params), len(cls.__parameters__))
            )
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # The class's type variables: those of Generic[...] if it is among
        # the bases, else all those of the subscripted bases.
        orig = cls.__dict__.get("__orig_bases__", ())
        params = None
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                params = base.__parameters__
        if params is None:
            params = _collect_parameters(orig)
        cls.__parameters__ = params


Generic.__parameters__ = ()


def _protocol_attrs(cls):
    """The names a class must have to satisfy protocol `cls`."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if not name.startswith("_abc_") and name not in _SPECIAL_NAMES:
                attrs.add(name)
    return attrs


_SPECIAL_NAMES = {
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__",
    "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
    "__weakref__", "__class_getitem__", "__qualname__", "__parameters__",
    "__orig_bases__", "_is_protocol", "_is_runtime_protocol",
    "__init_subclass__", "__protocol_attrs__",
}


class _ProtocolMeta(type):
    """isinstance against a @runtime_checkable protocol checks that the
    object has the protocol's members."""

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError(
                    "Instance and class checks can only be used with "
                    "@runtime_checkable protocols"
                )
            return all(hasattr(other, name) for name in _protocol_attrs(cls))
        return cls in other.__mro__


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: `class SupportsClose(Protocol)`."""

    _is_protocol = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # A protocol is a class whose bases are all protocols.
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = all(
                b is object or b is Generic or b.__dict__.get("_is_protocol", False)
                for b in cls.__bases__
            )
        if cls._is_protocol and cls.__dict__.get("__init__") is None:
            cls.__init__ = _no_init

    def __new__(cls, *args, **kwargs):
        if cls is not Protocol and cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        return object.__new__(cls)


def _no_init(self, *args, **kwargs):
    if type(self) is not Protocol and type(self).__dict__.get("_is_protocol", False):
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError(
            "@runtime_checkable can be only applied to protocol classes, got %r" % cls
        )
    cls._is_runtime_protocol = True
    return cls


# --- NamedTuple -------------------------------------------------------------


def _make_namedtuple(name, fields, module, defaults=()):
    """A collections.namedtuple with the field types in __annotations__."""
    cls = _collections.namedtuple(
        name, [n for n, _ in fields], defaults=defaults, module=module
    )
    cls.__annotations__ = {n: _type_check(t) for n, t in fields}
    return cls


class _NamedTupleMeta(type):
    """Turns `class Point(NamedTuple): x: int` into a namedtuple class, with
    the defaults and the methods of the class body."""

    def __new__(mcls, name, bases, ns):
        types = ns.get("__annotations__", {})
        defaults = []
        for field in types:
            if field in ns:
                defaults.append(ns[field])
            elif defaults:
                raise TypeError(
                    "Non-default namedtuple field %s cannot follow default field%s %s"
                    % (field, "s" if len(defaults) > 1 else "",
                       ", ".join(f for f in types if f in ns))
                )
        cls = _make_namedtuple(
            name, list(types.items()), ns.get("__module__", "__main__"), defaults
        )
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "__orig_bases__"):
                continue
            if key in types:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "__new__", "__init__",
                       "__getnewargs__", "_field_defaults", "_source"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(cls, key, value)
        if "__qualname__" in ns:
            cls.__qualname__ = ns["__qualname__"]
        return cls


_NamedTupleBase = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def NamedTuple(typename, fields=None, /, **kwargs):
    """`NamedTuple('Point', [('x', int), ('y', int)])`, or a base class."""
    if fields is None:
        fields = list(kwargs.items())
    elif kwargs:
        raise TypeError(
            "Either list of fields or keywords can be provided to NamedTuple, not both"
        )
    return _make_namedtuple(typename, list(fields), "__main__")


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


# --- Functions ----------------------------------------------------------------


def cast(typ, val):
    """Tells a type checker that `val` has type `typ`; returns `val`."""
    return val


def _overload_dummy(*args, **kwargs):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed."
    )


def overload(func):
    """Marks a signature for type checkers; the implementation that
    follows replaces it."""
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def NewType(name, tp):
    """`UserId = NewType('UserId', int)`: at run time, the identity."""

    def new_type(x):
        return x

    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    """`list` for `List[int]`, `Union` for `Optional[int]`; None otherwise."""
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscription: `(int, str)` for `Dict[int, str]`;
    `([int], str)` for `Callable[[int], str]`."""
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    """Evaluates the strings and forward references in a hint."""
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return _type_check(_eval_type(eval(t.__forward_arg__, globalns, localns),
                                      globalns, localns))
    if isinstance(t, _GenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    if t is None:
        return _NoneType
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' first), function or module,
    with the strings evaluated and None as NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            if globalns is None:
                module = _sys.modules.get(base.__module__)
                base_globals = module.__dict__ if module is not None else {}
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if hasattr(obj, "__globals__"):
            globalns = obj.__globals__
        else:
            globalns = getattr(obj, "__dict__", {})
    if localns is None:
        localns = globalns
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        raise TypeError(
            "%r is not a module, class, method, or function." % (obj,)
        )
    for name, value in ann.items():
        hints[name] = _eval_type(value, globalns, localns)
    return hints
