"""Abstract base classes.

Covers `ABCMeta`, `ABC`, `abstractmethod`, `abstractproperty`,
`abstractclassmethod`, `abstractstaticmethod`, `update_abstractmethods`,
virtual subclasses through `ABCMeta.register`, and `__subclasshook__`.
A class with abstract methods left refuses to be instantiated, with
CPython 3.11's message.

Leaves out: the subclass-check caches and `get_cache_token` (minipy asks
the registry each time). `isinstance(x, C)` is answered as
`issubclass(type(x), C)`, so `__instancecheck__` is not consulted.
"""


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated spellings. CPython makes them subclasses of classmethod,
# staticmethod and property; minipy's builtin descriptors cannot be
# subclassed, so these wrap an abstract function in the builtin one.


def abstractclassmethod(callable):
    return classmethod(abstractmethod(callable))


def abstractstaticmethod(callable):
    return staticmethod(abstractmethod(callable))


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    return property(abstractmethod(fget), fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # A property (or classmethod...) made from an abstract function; minipy's
    # builtin wrappers do not forward the flag themselves.
    for part in ("fget", "fset", "fdel", "__func__"):
        if getattr(getattr(value, part, None), "__isabstractmethod__", False):
            return True
    return False


def update_abstractmethods(cls):
    """Recomputes `cls.__abstractmethods__`: its own abstract attributes,
    and the inherited ones it has not overridden."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    """The metaclass of abstract classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset()
        update_abstractmethods(cls)
        cls._abc_registry = []
        # minipy's type has no __subclasses__: the ABCs keep their own list.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        # CPython makes this check in object.__new__.
        abstracts = cls.__abstractmethods__
        # Arguments that no __init__ or __new__ takes are reported first.
        plain = cls.__init__ is object.__init__ and cls.__new__ is object.__new__
        if abstracts and not (plain and (args or kwargs)):
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names))
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of `cls`; returns it, so
        that it can be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        # (minipy's type has no __subclasscheck__ to defer to.)
        if cls in subclass.__mro__:
            return True
        hook = cls.__subclasshook__(subclass)
        if hook is not NotImplemented:
            return bool(hook)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        # A virtual subclass of one of our subclasses is ours too.
        for sub in cls._abc_subclasses:
            if issubclass(subclass, sub):
                return True
        return False

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("_abc_registry: %r" % (cls._abc_registry,), file=file)


class ABC(metaclass=ABCMeta):
    """A helper class: `class Shape(ABC)` makes an abstract class."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


# ABCMeta.__subclasscheck__ asks every ABC for its hook; classes made with
# metaclass=ABCMeta directly need the default too.
ABCMeta.__subclasshook__ = lambda cls, subclass: NotImplemented
