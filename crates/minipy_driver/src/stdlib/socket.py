"""Network sockets (CPython's socket module) over `_socket`, which holds
the OS socket and does every call with the GIL released.

A socket keeps its timeout here and hands it to each `_socket` call:
`None` blocks, `0.0` never waits (BlockingIOError), a number of seconds
raises `TimeoutError: timed out` (`socket.timeout` is the same class)."""

import _socket
from _socket import *
from _minipy_intenum import IntEnumMember as _IntEnumMember
from _minipy_intenum import EnumType as _EnumType, add_members as _add_members


class gaierror(OSError):
    pass


class herror(OSError):
    pass


# `_socket` raises gaierror from name lookups.
_socket.gaierror = gaierror
error = OSError
timeout = TimeoutError


class AddressFamily(_IntEnumMember, metaclass=_EnumType):
    _members_ = {}


class SocketKind(_IntEnumMember, metaclass=_EnumType):
    _members_ = {}


_add_members(AddressFamily, [(n, getattr(_socket, n)) for n in ("AF_UNSPEC", "AF_UNIX", "AF_INET", "AF_INET6")], globals())
_add_members(SocketKind, [(n, getattr(_socket, n)) for n in ("SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW")], globals())

_default_timeout = None
_GLOBAL_DEFAULT_TIMEOUT = object()


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(timeout):
    if timeout is None:
        return None
    try:
        timeout = float(timeout)
    except (TypeError, ValueError):
        raise TypeError("Timeout value must be int, float or None") from None
    if timeout < 0.0:
        raise ValueError("Timeout value out of range")
    return timeout


def _as_enum(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


def _as_bytes(data):
    if isinstance(data, bytearray):
        return bytes(data)
    return data


class socket:
    """A socket: `socket(AF_INET, SOCK_STREAM)` is a TCP socket over IPv4,
    `SOCK_DGRAM` a UDP one."""

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None):
        if fileno is not None:
            raise NotImplementedError("socket(fileno=...) is not supported by minipy")
        self._setup(_socket.socket(family, type, proto), family, type, proto, _default_timeout)

    def _setup(self, handle, family, type, proto, timeout):
        self._handle = handle
        self._family = family
        self._type = type
        self.proto = proto
        self._timeout = timeout
        self._closed = False

    @classmethod
    def _from_handle(cls, handle, family, type, proto, timeout):
        self = cls.__new__(cls)
        self._setup(handle, family, type, proto, timeout)
        return self

    @property
    def family(self):
        return _as_enum(self._family, AddressFamily)

    @property
    def type(self):
        return _as_enum(self._type, SocketKind)

    def fileno(self):
        return _socket.fileno(self._handle)

    def __repr__(self):
        closed = self._closed
        text = "<%s.%s%s fd=%i, family=%i, type=%i, proto=%i" % (
            type(self).__module__,
            type(self).__qualname__,
            " [closed]" if closed else "",
            self.fileno(),
            self._family,
            self._type,
            self.proto,
        )
        if not closed:
            try:
                text += ", laddr=%s" % (self.getsockname(),)
            except OSError:
                pass
            try:
                text += ", raddr=%s" % (self.getpeername(),)
            except OSError:
                pass
        return text + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._closed = True
        _socket.close(self._handle)

    def detach(self):
        raise NotImplementedError("socket.detach() is not supported by minipy")

    # -- timeouts

    def settimeout(self, timeout):
        self._timeout = _check_timeout(timeout)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    # -- connections

    def bind(self, address):
        _socket.bind(self._handle, address)

    def listen(self, backlog=128):
        _socket.listen(self._handle, backlog)

    def accept(self):
        handle, address = _socket.accept(self._handle, self._timeout)
        # As in CPython, the new socket blocks unless a default timeout is set.
        conn = socket._from_handle(handle, self._family, self._type, self.proto, _default_timeout)
        return conn, address

    def connect(self, address):
        _socket.connect(self._handle, address, self._timeout, True)

    def connect_ex(self, address):
        return _socket.connect(self._handle, address, self._timeout, False)

    def shutdown(self, how):
        _socket.shutdown(self._handle, how)

    # -- data

    def send(self, data, flags=0):
        return _socket.send(self._handle, _as_bytes(data), flags, self._timeout)

    def sendall(self, data, flags=0):
        _socket.sendall(self._handle, _as_bytes(data), flags, self._timeout)

    def sendto(self, data, flags_or_address, address=None):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address
        return _socket.sendto(self._handle, _as_bytes(data), flags, address, self._timeout)

    def recv(self, bufsize, flags=0):
        return _socket.recv(self._handle, bufsize, flags, self._timeout)

    def recvfrom(self, bufsize, flags=0):
        return _socket.recvfrom(self._handle, bufsize, flags, self._timeout)

    # -- options and names

    def setsockopt(self, level, option, value):
        if isinstance(value, bool):
            value = int(value)
        _socket.setsockopt(self._handle, level, option, value)

    def getsockopt(self, level, option):
        return _socket.getsockopt(self._handle, level, option)

    def getsockname(self):
        return _socket.getsockname(self._handle)

    def getpeername(self):
        return _socket.getpeername(self._handle)


SocketType = socket


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects a TCP socket to `(host, port)`, trying each address the host
    name resolves to."""
    host, port = address
    last_error = None
    for family, sockaddr in _socket.resolve(host, port, AF_UNSPEC):
        sock = socket(family, SOCK_STREAM)
        try:
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as e:
            last_error = e
            sock.close()
    raise last_error


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to `address` and listening."""
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    raise NotImplementedError("socket.socketpair() is not supported by minipy")


def gethostbyname(hostname):
    return _socket.resolve(hostname, 0, AF_INET)[0][1][0]
