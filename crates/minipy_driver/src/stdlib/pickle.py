"""Turning values into bytes and back (CPython's pickle module).

minipy writes its own compact format (the one multiprocessing sends
between processes), not CPython's pickle protocol: `loads(dumps(x))`
gives back an equal value, and what cannot be pickled is refused with
CPython's exceptions, but the bytes themselves differ from CPython's."""

from _minipy_process import PickleError, PicklingError, UnpicklingError
import _minipy_process

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    return _minipy_process.dumps(obj)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    try:
        return _minipy_process.loads(bytes(data))
    except (ValueError, IndexError, EOFError) as e:
        raise UnpicklingError(str(e)) from None


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    file.write(dumps(obj, protocol))


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return loads(file.read())
