"""The `traceback` module: exceptions formatted and printed as the
interpreter prints an uncaught one (the text comes from the VM, through
`_thread._format_exception`). The lists the format functions return hold
one line each; joined, they are CPython's text."""

import sys
from _thread import _format_exception

_NOTHING = object()


def _limit(limit):
    # `sys.tracebacklimit` applies when no limit is given; below 0 it
    # means no entries at all.
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _text(exc, value, limit, chain):
    if value is not _NOTHING:
        exc = value
    if exc is None:
        return "NoneType: None\n"
    if chain:
        return _format_exception(exc, _limit(limit))
    # Without the chain: the links are cut while formatting and put back
    # after (a copy of the exception would lose its traceback).
    saved = (exc.__cause__, exc.__context__, exc.__suppress_context__)
    exc.__cause__ = None
    exc.__context__ = None
    try:
        return _format_exception(exc, _limit(limit))
    finally:
        exc.__cause__, exc.__context__, exc.__suppress_context__ = saved


def format_exception(exc, /, value=_NOTHING, tb=_NOTHING, limit=None, chain=True):
    return _text(exc, value, limit, chain).splitlines(keepends=True)


def format_exception_only(exc, /, value=_NOTHING):
    if value is not _NOTHING:
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    return _text(exc, _NOTHING, 0, False).splitlines(keepends=True)


def print_exception(exc, /, value=_NOTHING, tb=_NOTHING, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(_text(exc, value, limit, chain))


def format_exc(limit=None, chain=True):
    return _text(sys.exc_info()[1], _NOTHING, limit, chain)


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
