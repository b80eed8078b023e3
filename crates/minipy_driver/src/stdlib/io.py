"""In-memory text and binary streams (CPython's io module): `StringIO`
and `BytesIO`, which programs use to build text or to capture what
`print` writes. Real files come from the builtin `open`, also `io.open`.

Leaves out: the class hierarchy (`IOBase`, `TextIOWrapper`...),
`newline=` translation in `StringIO`, and `BytesIO.getbuffer`."""

from _minipy_process import UnsupportedOperation

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
open = open


class _MemoryStream:
    """What the two streams share: a buffer, a position, closing."""

    _empty = ""

    def __init__(self, initial):
        self._buffer = initial if initial is not None else self._empty
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def getvalue(self):
        self._check()
        return self._buffer

    def write(self, data):
        self._check()
        if not isinstance(data, type(self._empty)):
            raise TypeError(self._type_message(data))
        end = self._pos + len(data)
        if self._pos > len(self._buffer):
            self._buffer += self._padding(self._pos - len(self._buffer))
        self._buffer = self._buffer[: self._pos] + data + self._buffer[end:]
        self._pos = end
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buffer)
        data = self._buffer[self._pos : self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check()
        newline = self._buffer.find(self._newline, self._pos)
        end = len(self._buffer) if newline < 0 else newline + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buffer[self._pos : end]
        self._pos = end
        return data

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def seek(self, pos, whence=SEEK_SET):
        self._check()
        if whence == SEEK_CUR:
            pos += self._pos
        elif whence == SEEK_END:
            pos += len(self._buffer)
        if pos < 0:
            raise ValueError("negative seek value %d" % pos)
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._buffer = self._buffer[:size]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def close(self):
        self.closed = True

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryStream):
    _empty = ""
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(
                "initial_value must be str or None, not %s" % type(initial_value).__name__
            )
        super().__init__(initial_value)

    def _padding(self, n):
        return "\0" * n

    def _type_message(self, data):
        return "string argument expected, got '%s'" % type(data).__name__


class BytesIO(_MemoryStream):
    _empty = b""
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes) if initial_bytes is not None else b"")

    def write(self, data):
        if isinstance(data, bytearray):
            data = bytes(data)
        return super().write(data)

    def _padding(self, n):
        return b"\0" * n

    def _type_message(self, data):
        return "a bytes-like object is required, not '%s'" % type(data).__name__


for _cls in (StringIO, BytesIO):
    _cls.__module__ = "_io"
del _cls
