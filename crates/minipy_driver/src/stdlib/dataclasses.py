"""Classes of fields, with their methods written for them.

Covers `@dataclass` with and without arguments (`init`, `repr`, `eq`,
`order`, `unsafe_hash`, `frozen`, `match_args`, `kw_only`), `field()` (with
`default`, `default_factory`, `init`, `repr`, `compare`, `hash`,
`metadata`, `kw_only`), inherited fields, `__post_init__`, `ClassVar`
annotations (left out of the fields), `fields`, `asdict`, `astuple`,
`replace`, `is_dataclass`, `FrozenInstanceError` and `MISSING`, with
CPython's error messages for mutable defaults and misplaced defaults.

Leaves out: `slots=True`, `weakref_slot`, `InitVar`, `KW_ONLY`,
`make_dataclass`, and the exact repr of `Field` objects.
"""

import copy as _copy

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "MISSING",
    "fields", "asdict", "astuple", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()

# The default value __init__ sees for a field with a default_factory: it
# calls the factory when the argument is this object.
_HAS_DEFAULT_FACTORY = type("_HAS_DEFAULT_FACTORY_CLASS", (), {
    "__repr__": lambda self: "<factory>",
})()

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    """What `field()` returns and `fields()` lists."""

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._classvar = False

    def __repr__(self):
        return (
            "Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,"
            "repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r)"
            % (self.name, self.type, self.default, self.default_factory,
               self.init, self.repr, self.hash, self.compare, self.metadata,
               self.kw_only)
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: `items: list = field(default_factory=list)`."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def _is_classvar(annotation):
    # Annotations may be typing objects or, when postponed, strings.
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    text = repr(annotation)
    return text == "typing.ClassVar" or text.startswith("typing.ClassVar[")


def _unhashable_class(cls):
    # minipy's builtin containers have a __hash__ that raises rather than
    # __hash__ = None, so they are named.
    return cls.__hash__ is None or issubclass(cls, (list, dict, set, bytearray))


def _own_field(cls, name, annotation, kw_only):
    """The Field for annotation `name` of `cls`'s body."""
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if _is_classvar(annotation):
        f._classvar = True
        return f
    # The class attribute becomes the plain default (or goes away).
    if isinstance(default, Field):
        if f.default is MISSING:
            delattr(cls, name)
        else:
            setattr(cls, name, f.default)
    # CPython 3.11 refuses any unhashable default: a list, dict or set would
    # be shared by every instance.
    if f.default is not MISSING and _unhashable_class(type(f.default)):
        raise ValueError(
            "mutable default %s for field %s is not allowed: use default_factory"
            % (type(f.default), name)
        )
    return f


def _make_function(name, params, body, globals_, cls):
    """Compiles one generated method of `cls`."""
    source = "def %s(%s):\n" % (name, ", ".join(params))
    source += "".join("    %s\n" % line for line in body or ["pass"])
    namespace = {}
    exec(source, globals_, namespace)
    fn = namespace[name]
    fn.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    return fn


def _set_new_attribute(cls, name, value):
    """Adds a method unless the class body wrote its own; True if it had."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init_fn(cls, all_fields, frozen, has_post_init):
    globals_ = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                "__dataclass_builtins_object__": object}
    positional, keyword, body = ["self"], [], []
    seen_default = False
    for f in all_fields:
        if f.init:
            if f.default is not MISSING:
                globals_["_dflt_" + f.name] = f.default
                param = "%s=_dflt_%s" % (f.name, f.name)
            elif f.default_factory is not MISSING:
                param = "%s=_HAS_DEFAULT_FACTORY" % f.name
            else:
                param = f.name
            if f.kw_only:
                keyword.append(param)
                continue
            if "=" in param:
                seen_default = True
            elif seen_default:
                raise TypeError(
                    "non-default argument %r follows default argument" % f.name
                )
            positional.append(param)
    for f in all_fields:
        if f.default_factory is not MISSING:
            globals_["_factory_" + f.name] = f.default_factory
            if f.init:
                value = "_factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (
                    f.name, f.name, f.name)
            else:
                value = "_factory_%s()" % f.name
        elif f.init:
            value = f.name
        else:
            # A field left out of __init__ keeps its class attribute.
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(self, %r, %s)"
                        % (f.name, value))
        else:
            body.append("self.%s = %s" % (f.name, value))
    if has_post_init:
        body.append("self.__post_init__()")
    params = positional + (["*"] + keyword if keyword else [])
    return _make_function("__init__", params, body, globals_, cls)


def _tuple_of(fields_, obj):
    return tuple(getattr(obj, f.name) for f in fields_)


def _repr_fn(cls, repr_fields):
    names = [f.name for f in repr_fields]

    def __repr__(self):
        # A dataclass that contains itself shows "..." for the inner one.
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = ["%s=%r" % (n, getattr(self, n)) for n in names]
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (type(self).__qualname__, ", ".join(parts))

    __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
    return __repr__


_repr_running = set()


def _compare_fn(name, compare_fields, op):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(compare_fields, self), _tuple_of(compare_fields, other))
        return NotImplemented

    method.__name__ = name
    return method


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError("cannot assign to field %r" % name)


def _frozen_delattr(self, name):
    raise FrozenInstanceError("cannot delete field %r" % name)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    # The fields of dataclass bases come first, the most basic first.
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__[_PARAMS].frozen:
                any_frozen_base = True
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        all_fields[name] = _own_field(cls, name, annotation, kw_only)
    # A field object left without an annotation is a mistake.
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in all_fields:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    instance_fields = [f for f in all_fields.values() if not f._classvar]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__",
                           _init_fn(cls, instance_fields, frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, "__repr__",
                           _repr_fn(cls, [f for f in instance_fields if f.repr]))
    compare_fields = [f for f in instance_fields if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__",
                           _compare_fn("__eq__", compare_fields, lambda a, b: a == b))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _compare_fn(name, compare_fields, op)):
                raise TypeError(
                    "Cannot overwrite attribute %s in class %s. Consider using "
                    "functools.total_ordering" % (name, cls.__name__)
                )
    if frozen:
        for name, fn in (("__setattr__", _frozen_setattr), ("__delattr__", _frozen_delattr)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (name, cls.__name__))

    # __hash__, by CPython's table: eq and frozen hash the fields; eq alone
    # makes instances unhashable, unless the class wrote its own __hash__.
    hash_fields = [f for f in instance_fields
                   if (f.compare if f.hash is None else f.hash)]
    has_own_hash = cls.__dict__.get("__hash__", MISSING) not in (MISSING, None)
    if unsafe_hash:
        if has_own_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s"
                            % cls.__name__)
        cls.__hash__ = _hash_fn(hash_fields)
    elif eq and frozen:
        if not has_own_hash:
            cls.__hash__ = _hash_fn(hash_fields)
    elif eq:
        if not has_own_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in instance_fields if f.init and not f.kw_only))
    return cls


def _hash_fn(hash_fields):
    def __hash__(self):
        return hash(_tuple_of(hash_fields, self))
    return __hash__


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """`@dataclass` or `@dataclass(frozen=True, ...)`."""
    if slots or weakref_slot:
        raise TypeError("minipy's dataclasses do not support slots=True")

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def fields(class_or_instance):
    """The fields of a dataclass (or of an instance's class), in order."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if not f._classvar)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, recursing into dataclasses, lists, tuples and
    dicts (the rest is deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The fields as a tuple, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, False)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), factory, as_dict))
                  for f in fields(obj)]
        return factory(values) if as_dict else factory(v for _, v in values)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        # A namedtuple is rebuilt from its converted items.
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance like `obj`, with `changes` to its fields."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    "field %s is declared with init=False, it cannot be "
                    "specified with replace()" % f.name
                )
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
