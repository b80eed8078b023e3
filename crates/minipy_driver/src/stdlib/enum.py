"""Enumerations.

Covers `Enum`, `IntEnum`, `StrEnum`, `Flag` and `IntFlag` (`|`, `&`, `^`,
`~`, `in`, iteration over a combination), `auto`, `unique`, mixed-in
types (`class Color(str, Enum)`), members made from tuples passed to
`__init__` (the planets example), `_missing_`, and the functional form
`Enum('Color', 'RED GREEN')`. Members have `.name` and `.value`, CPython
3.11's `repr`/`str`/`format`, definition order, aliases, hashing and the
lookups `Color(1)` and `Color['RED']`.

Leaves out: `__prepare__`-time checks (a name bound twice in the class body
keeps the last value instead of raising), `_ignore_`, `_order_`, the
`boundary=` argument of Flag (Flag is STRICT, IntFlag KEEP, as their
defaults), `verify`, `member`/`nonmember`, `global_enum` and pickling.
`signal` and `socket` use the smaller `_minipy_intenum`.
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique",
]


class auto:
    """A value chosen by `_generate_next_value_` when the class is made."""

    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % self.value


class _Proxy(dict):
    """What `__members__` returns: printed as a dict, shown as CPython's
    read-only mappingproxy."""

    def __repr__(self):
        return "mappingproxy(%r)" % dict(self)

    def __str__(self):
        return repr(dict(self))


def _function():
    pass


# minipy's functions, properties and class/static methods do not show a
# __get__ attribute, so they are named.
_DESCRIPTOR_TYPES = (type(_function), property, classmethod, staticmethod, type(len))


def _is_descriptor(obj):
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_member_name(name, value):
    if name.startswith("_"):
        return False
    # Methods, properties and classmethods are not members.
    return not _is_descriptor(value) or isinstance(value, auto)


# The classes of this module, set once each is made; EnumType.__new__ needs
# to tell "defining Enum itself" from "defining a user enum".
Enum = Flag = None


class EnumType(type):
    """The metaclass of enumerations: makes the members and answers
    `Color(1)`, `Color['RED']`, `len(Color)`, `list(Color)`."""

    def __new__(mcls, name, bases, ns, **kwargs):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (name, base))
        member_items = [(k, v) for k, v in ns.items() if _is_member_name(k, v)]
        body = {k: v for k, v in ns.items() if not any(k == m for m, _ in member_items)}
        custom_new = body.pop("__new__", None)
        cls = super().__new__(mcls, name, bases, body, **kwargs)
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._flag_mask_ = 0
        # The mixed-in data type (int for IntEnum), if any.
        data_type = object
        for klass in cls.__mro__[1:]:
            if klass is not object and not isinstance(klass, EnumType):
                data_type = klass
                break
        cls._member_type_ = data_type
        # The data type comes before Enum in the MRO: keep Enum's repr,
        # and its str and format unless the class is a ReprEnum.
        if data_type is not object:
            wanted = ["__repr__"]
            if not any(k.__name__ == "ReprEnum" for k in cls.__mro__):
                wanted += ["__str__", "__format__"]
            for attr in wanted:
                if attr not in ns:
                    for klass in cls.__mro__:
                        if isinstance(klass, EnumType) and attr in klass.__dict__:
                            type.__setattr__(cls, attr, klass.__dict__[attr])
                            break
        if custom_new is None:
            for klass in cls.__mro__[1:]:
                if "_new_member_" in klass.__dict__:
                    custom_new = klass.__dict__["_new_member_"]
                    break
        cls._new_member_ = custom_new
        last_values = []
        for member_name, value in member_items:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(
                        member_name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            cls._add_member(member_name, value)
        # A copy made once: minipy has no properties on metaclasses.
        cls.__members__ = _Proxy(cls._member_map_)
        return cls

    def _add_member(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._new_member_ is not None:
            member = cls._new_member_(cls, *args)
        elif cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            if cls._member_type_ is object or cls._new_member_ is not None:
                member._value_ = value
            else:
                member._value_ = cls._member_type_(*args)
        member._name_ = name
        # An __init__ of the enum gets the value's items (the planets).
        for klass in cls.__mro__:
            if isinstance(klass, EnumType) and "__init__" in klass.__dict__:
                klass.__dict__["__init__"](member, *args)
                break
        # A value seen before makes an alias of the first member.
        for existing in cls._member_map_.values():
            if existing._value_ == member._value_:
                member = existing
                break
        else:
            cls._member_names_.append(name)
            if Flag is not None and issubclass(cls, Flag) and _single_bit(member._value_):
                cls._flag_mask_ |= member._value_
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(member._value_, member)
        except TypeError:
            pass  # an unhashable value is found by a search
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1):
        if names is not None:
            return cls._create(value, names, module, type, start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create(cls, class_name, names, module, data_type, start):
        """The functional form: `Enum('Color', 'RED GREEN')`."""
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, dict):
            items = list(names.items())
        else:
            items = []
            values = []
            for i, item in enumerate(names):
                if isinstance(item, str):
                    value = cls._generate_next_value_(item, start, i, values[:])
                    items.append((item, value))
                else:
                    items.append(tuple(item))
                values.append(items[-1][1])
        bases = (cls,) if data_type is None else (data_type, cls)
        ns = dict(items)
        ns["__module__"] = module if module is not None else "__main__"
        ns["__qualname__"] = class_name
        return EnumType(class_name, bases, ns)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            # CPython 3.11 also warns that 3.12 will answer False instead.
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, type(cls).__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("cannot reassign member %r" % name)
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("%r cannot delete member %r." % (cls, name))
        type.__delattr__(cls, name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """The base of enumerations: `class Color(Enum): RED = 1`."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # auto(): one more than the last value, or `start`.
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce__(self):
        return (type(self), (self._value_,))

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type."""

    # (The value of a mixed-in enum is a plain int or str.)
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class IntEnum(int, ReprEnum):
    """Members that are ints: `<Num.ONE: 1>`, printed as `1`."""


class StrEnum(str, ReprEnum):
    """Members that are strs; auto() gives the lower-cased name."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _bin(value, width):
    # CPython's Flag error shows values as "0b0 0111": a sign bit, a space.
    return "0b%d %s" % (value < 0, format(abs(value), "0%db" % width))


class Flag(Enum):
    """Members that combine with `|`: `Perm.R | Perm.W`."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # auto(): the next power of two.
        if not last_values:
            return start
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    @classmethod
    def _all_bits(cls):
        return (1 << cls._flag_mask_.bit_length()) - 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        unknown = value & ~cls._flag_mask_ if value >= 0 else value
        if unknown and not cls._keeps_unknown_bits:
            width = max(value.bit_length(), cls._flag_mask_.bit_length())
            raise ValueError(
                "%r invalid value %r\n    given %s\n  allowed %s"
                % (cls, value, _bin(value, width), _bin(cls._flag_mask_, width))
            )
        return cls._pseudo_member(value)

    _keeps_unknown_bits = False

    @classmethod
    def _pseudo_member(cls, value):
        """A combination of members (or 0), made once per value."""
        known = cls._value2member_map_.get(value)
        if known is not None:
            return known
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        parts = [m._name_ for m in cls._decompose(value)]
        rest = value & ~cls._flag_mask_
        if rest:
            parts.append(str(rest))
        member._name_ = "|".join(parts) if parts else None
        cls._value2member_map_[value] = member
        return member

    @classmethod
    def _decompose(cls, value):
        return [cls._member_map_[n] for n in cls._member_names_
                if _single_bit(cls._member_map_[n]._value_)
                and cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_]

    def __iter__(self):
        return iter(type(self)._decompose(self._value_))

    def __len__(self):
        return len(type(self)._decompose(self._value_))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, type(self).__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif not (self._member_type_ is int and isinstance(other, int)):
            return NotImplemented
        return type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._value_ ^ type(self)._flag_mask_)

    def __repr__(self):
        cls_name = type(self).__name__
        value_repr = repr(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value_repr)
        return "<%s.%s: %s>" % (cls_name, self._name_, value_repr)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)


class IntFlag(int, ReprEnum, Flag):
    """Flags that are ints; bits with no member are kept."""

    _keeps_unknown_bits = True

    def __invert__(self):
        return type(self)(self._value_ ^ type(self)._all_bits())

    # int comes first in the MRO: take Flag's operators over int's.
    __repr__ = Flag.__repr__
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __contains__ = Flag.__contains__


def unique(enumeration):
    """A class decorator refusing aliases."""
    duplicates = [(name, member._name_)
                  for name, member in enumeration._member_map_.items()
                  if name != member._name_]
    if duplicates:
        raise ValueError(
            "duplicate values found in %r: %s"
            % (enumeration, ", ".join("%s -> %s" % d for d in duplicates))
        )
    return enumeration
