"""Integer constants with names, printed like CPython's IntEnum members
(`<Signals.SIGTERM: 15>`, `<AddressFamily.AF_INET: 2>`): what `signal` and
`socket` need of the `enum` module, which minipy does not ship."""


class IntEnumMember(int):
    """An int with a name."""

    def __new__(cls, name, value):
        self = int.__new__(cls, value)
        self._name_ = name
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, int(self))

    def __str__(self):
        return str(int(self))

    def __format__(self, spec):
        return format(int(self), spec)

    def __hash__(self):
        return int.__hash__(self)

    def __eq__(self, other):
        return int(self) == other

    def __reduce__(self):
        return (type(self), (int(self),))


class EnumType(type):
    """The metaclass: `Enum(value)` finds a member, `Enum[name]` too."""

    def __call__(cls, value):
        for member in cls._members_.values():
            if member == value:
                return member
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._members_[name]

    def __iter__(cls):
        return iter(list(cls._members_.values()))

    def __len__(cls):
        return len(cls._members_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__


def add_members(enum, pairs, namespace):
    """Makes a member of `enum` for each (name, value) and binds the name in
    `namespace`; a value seen before gives an alias of the first member."""
    for name, value in pairs:
        member = None
        for existing in enum._members_.values():
            if int(existing) == value:
                member = existing
                break
        if member is None:
            member = int.__new__(enum, value)
            member._name_ = name
            enum._members_[name] = member
        namespace[name] = member
