"""Names for the types of the interpreter's own objects (CPython's types
module), found by asking `type()` of an example of each, plus
`SimpleNamespace`."""

import sys as _sys
from _minipy_generics import GenericAlias, UnionType


def _function():
    pass


def _generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
CellType = type((lambda x: lambda: x)(0).__closure__[0])


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; it prints them, and two are equal when their attributes are."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % items

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


SimpleNamespace.__module__ = "types"


def new_class(name, bases=(), kwds=None, exec_body=None):
    namespace = {}
    if exec_body is not None:
        exec_body(namespace)
    meta = (kwds or {}).get("metaclass", type)
    return meta(name, tuple(bases), namespace)


del _function, _generator, _Class
