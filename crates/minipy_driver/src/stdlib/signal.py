"""Signal handling (CPython's signal module): `_signal` does the work;
this module names the numbers, as CPython's Signals and Handlers enums do."""

import _signal
from _signal import *
from _minipy_intenum import IntEnumMember as _IntEnumMember
from _minipy_intenum import EnumType as _EnumType, add_members as _add_members


class Signals(_IntEnumMember, metaclass=_EnumType):
    _members_ = {}


class Handlers(_IntEnumMember, metaclass=_EnumType):
    _members_ = {}


_add_members(
    Signals,
    [(n, getattr(_signal, n)) for n in dir(_signal) if n.startswith("SIG") and not n.startswith("SIG_")],
    globals(),
)
_add_members(Handlers, [(n, getattr(_signal, n)) for n in ("SIG_DFL", "SIG_IGN")], globals())


def _as_enum(value, enum):
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return enum(value)
        except ValueError:
            return value
    return value


def signal(signalnum, handler):
    return _as_enum(_signal.signal(signalnum, handler), Handlers)


def getsignal(signalnum):
    return _as_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    return {_as_enum(n, Signals) for n in _signal.valid_signals()}
