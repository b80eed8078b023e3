"""Managers (CPython's multiprocessing.managers): a server process owns
shared objects, and proxies in any process call their methods.

minipy's manager is a forked server reading requests from one socket
pair that every client process inherits; a shared-memory lock makes each
request and its reply one exchange. A proxy holds only the manager's
number and the object's id, so proxies themselves can be sent between
processes. Calls that would block (a lock's `acquire`, a queue's `get`)
are retried from the client, so the single-threaded server never waits.
"""

import os
import queue
import threading
import time

import multiprocessing as _mp

__all__ = ["BaseManager", "SyncManager", "BaseProxy", "Namespace", "Manager"]

_p = _mp._p

# Managers started in this process (or inherited through fork), by number.
_managers = {}
_manager_count = 0


class Namespace:
    """A plain object whose attributes are the shared state."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [(k, v) for k, v in self.__dict__.items() if not k.startswith("_")]
        items.sort()
        return "%s(%s)" % (self.__class__.__name__, ", ".join("%s=%r" % kv for kv in items))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return list(sequence)


# Operations the server applies for dunder names, so that it does not
# depend on built-in types exposing every special method by name.
_SPECIAL = {
    "__getitem__": lambda o, k: o[k],
    "__setitem__": lambda o, k, v: _setitem(o, k, v),
    "__delitem__": lambda o, k: _delitem(o, k),
    "__imul__": lambda o, n: _imul(o, n),
    "__contains__": lambda o, k: k in o,
    "__len__": len,
    "__add__": lambda o, x: o + x,
    "__mul__": lambda o, n: o * n,
    "__rmul__": lambda o, n: n * o,
    "__str__": str,
    "__repr__": repr,
    "__iter__": list,
    "__reversed__": lambda o: list(reversed(o)),
    "__getattribute__": getattr,
    "__setattr__": setattr,
    "__delattr__": delattr,
}


def _setitem(o, k, v):
    o[k] = v


def _delitem(o, k):
    del o[k]


def _imul(o, n):
    o *= n


def _serve(conn_fd, typeids):
    """The server process: one request at a time until `shutdown`."""
    objects = {}
    next_id = 0
    while True:
        try:
            request = _p.loads(_p.read_message(conn_fd))
        except (EOFError, OSError):
            break
        ident, method, args, kwds = request
        try:
            if ident is None and method == "#shutdown":
                _p.write_message(conn_fd, _p.dumps((True, None)))
                break
            if ident is None:
                next_id += 1
                objects[next_id] = typeids[method](*args, **kwds)
                result = next_id
            else:
                obj = objects[ident]
                special = _SPECIAL.get(method)
                if method == "#getvalue":
                    result = obj
                elif special is not None:
                    result = special(obj, *args, **kwds)
                else:
                    result = getattr(obj, method)(*args, **kwds)
                if method in ("keys", "values", "items"):
                    result = list(result)
            reply = (True, result)
        except Exception as e:
            reply = (False, e)
        try:
            data = _p.dumps(reply)
        except Exception as e:
            data = _p.dumps((False, e))
        _p.write_message(conn_fd, data)


class BaseManager:
    """Starts a server process and makes proxies for the objects it holds."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer="pickle", ctx=None):
        self._process = None
        self._state = "INITIAL"
        self._number = None

    def start(self, initializer=None, initargs=()):
        global _manager_count
        if self._state == "STARTED":
            raise _mp.ProcessError("Already started server")
        if self._state == "SHUTDOWN":
            raise _mp.ProcessError("Manager has shut down")
        client, server = _p.socketpair()
        typeids = {name: entry[0] for name, entry in self._registry.items()}
        self._process = _mp.Process(target=self._run_server, args=(client, server, typeids, initializer, initargs))
        ident = ":".join(str(i) for i in self._process._identity)
        self._process.name = type(self).__name__ + "-" + ident
        self._process.start()
        _p.close(server)
        _manager_count += 1
        self._number = _manager_count
        self._fd = client
        self._lock = _mp.Lock()
        _managers[self._number] = self
        self._state = "STARTED"
        _mp._finalizers.append(self._finalize)

    @staticmethod
    def _run_server(client, server, typeids, initializer, initargs):
        _p.close(client)
        if initializer is not None:
            initializer(*initargs)
        _serve(server, typeids)

    def _request(self, ident, method, args=(), kwds={}):
        data = _p.dumps((ident, method, tuple(args), dict(kwds)))
        with self._lock:
            _p.write_message(self._fd, data)
            ok, value = _p.loads(_p.read_message(self._fd))
        if ok:
            return value
        raise value

    def _create(self, typeid, *args, **kwds):
        if self._state != "STARTED":
            raise _mp.ProcessError("Manager has not been started" if self._state == "INITIAL" else "Manager has shut down")
        ident = self._request(None, typeid, args, kwds)
        proxytype = self._registry[typeid][1]
        return proxytype(typeid, self._number, ident)

    def shutdown(self):
        if self._state != "STARTED":
            return
        self._state = "SHUTDOWN"
        try:
            self._request(None, "#shutdown")
        except (EOFError, OSError):
            pass
        self._process.join(timeout=1.0)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        # The socket stays open: a proxy used after this gets
        # BrokenPipeError, as in CPython, rather than a closed handle.

    def _finalize(self):
        if self._state == "STARTED" and self._process._parent_pid == os.getpid():
            self.shutdown()

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    @property
    def address(self):
        return None

    def __enter__(self):
        if self._state == "INITIAL":
            self.start()
        if self._state != "STARTED":
            raise _mp.ProcessError("Unable to start server")
        return self

    def __exit__(self, *args):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        if "_registry" not in cls.__dict__:
            cls._registry = dict(cls._registry)
        if proxytype is None:
            proxytype = _auto_proxy(typeid, exposed)
        cls._registry[typeid] = (callable, proxytype)
        if create_method:
            def create(self, *args, **kwds):
                return self._create(typeid, *args, **kwds)
            create.__name__ = typeid
            setattr(cls, typeid, create)


class BaseProxy:
    """Stands for an object in a manager's server process."""

    def __init__(self, typeid, manager_number, ident):
        object.__setattr__(self, "_typeid", typeid)
        object.__setattr__(self, "_manager_number", manager_number)
        object.__setattr__(self, "_id", ident)

    def _callmethod(self, methodname, args=(), kwds={}):
        manager = _managers[self._manager_number]
        return manager._request(self._id, methodname, args, kwds)

    def _getvalue(self):
        return self._callmethod("#getvalue")

    def __repr__(self):
        return "<%s object, typeid %r at %#x>" % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        return self._callmethod("__repr__")


def _retry(call, block, timeout, empty):
    """Calls `call()` until it does not raise `empty`, backing off; the
    client waits so that the server never does."""
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = 0.0001
    while True:
        try:
            return call()
        except empty:
            if not block or (deadline is not None and time.monotonic() >= deadline):
                raise
        delay = _mp._sleep_backoff(delay)


def _forwarder(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def MakeProxyType(name, exposed):
    namespace = {name_: _forwarder(name_) for name_ in exposed}
    return type(name, (BaseProxy,), namespace)


class ListProxy(MakeProxyType("BaseListProxy", (
        "__add__", "__contains__", "__delitem__", "__getitem__", "__len__", "__mul__",
        "__reversed__", "__rmul__", "__setitem__", "append", "count", "extend", "index",
        "insert", "pop", "remove", "reverse", "sort"))):
    def __iadd__(self, value):
        self._callmethod("extend", (value,))
        return self

    def __imul__(self, value):
        self._callmethod("__imul__", (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod("__iter__"))

    def __reversed__(self):
        return iter(self._callmethod("__reversed__"))


class DictProxy(MakeProxyType("DictProxy", (
        "__contains__", "__delitem__", "__getitem__", "__len__", "__setitem__", "clear",
        "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"))):
    def __iter__(self):
        return iter(self._callmethod("keys"))


class AcquirerProxy(BaseProxy):
    def _try_acquire(self):
        return self._callmethod("acquire", (False,))

    def acquire(self, blocking=True, timeout=None):
        def attempt():
            if not self._try_acquire():
                raise _WouldBlock
            return True
        try:
            return _retry(attempt, blocking, timeout, _WouldBlock)
        except _WouldBlock:
            return False

    def release(self):
        return self._callmethod("release")

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        return self.release()


class _WouldBlock(Exception):
    pass


class _RLockProxy(AcquirerProxy):
    """An RLock's owner is the calling process and thread."""

    def _try_acquire(self):
        return self._callmethod("acquire_for", (_mp._owner(),))

    def release(self):
        return self._callmethod("release_for", (_mp._owner(),))


_RLockProxy.__name__ = "AcquirerProxy"


class _ServerRLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire_for(self, owner):
        if self._owner is None:
            self._owner = owner
        elif self._owner != owner:
            return False
        self._count += 1
        return True

    def release_for(self, owner):
        if self._owner != owner:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None


class EventProxy(MakeProxyType("EventProxy", ("is_set", "set", "clear"))):
    def wait(self, timeout=None):
        def attempt():
            if not self._callmethod("is_set"):
                raise _WouldBlock
            return True
        try:
            return _retry(attempt, True, timeout, _WouldBlock)
        except _WouldBlock:
            return False


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == "_":
            return object.__getattribute__(self, key)
        return self._callmethod("__getattribute__", (key,))

    def __setattr__(self, key, value):
        if key[0] == "_":
            return object.__setattr__(self, key, value)
        return self._callmethod("__setattr__", (key, value))

    def __delattr__(self, key):
        if key[0] == "_":
            return object.__delattr__(self, key)
        return self._callmethod("__delattr__", (key,))


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod("get")

    def set(self, value):
        return self._callmethod("set", (value,))

    value = property(get, set)


class _QueueProxy(MakeProxyType("BaseQueueProxy", (
        "empty", "full", "qsize", "put_nowait", "get_nowait", "task_done"))):
    def get(self, block=True, timeout=None):
        return _retry(lambda: self._callmethod("get_nowait"), block, timeout, queue.Empty)

    def put(self, item, block=True, timeout=None):
        return _retry(lambda: self._callmethod("put_nowait", (item,)), block, timeout, queue.Full)

    def join(self):
        while self._callmethod("unfinished"):
            time.sleep(0.001)


_QueueProxy.__name__ = "AutoProxy[Queue]"


class _ServerQueue(queue.Queue):
    def unfinished(self):
        return self.unfinished_tasks


def _auto_proxy(typeid, exposed):
    return MakeProxyType("AutoProxy[%s]" % typeid, tuple(exposed or ()))


class SyncManager(BaseManager):
    pass


SyncManager.register("Queue", _ServerQueue, _QueueProxy)
SyncManager.register("JoinableQueue", _ServerQueue, _QueueProxy)
SyncManager.register("Event", threading.Event, EventProxy)
SyncManager.register("Lock", threading.Lock, AcquirerProxy)
SyncManager.register("RLock", _ServerRLock, _RLockProxy)
SyncManager.register("Semaphore", threading.Semaphore, AcquirerProxy)
SyncManager.register("BoundedSemaphore", threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register("list", list, ListProxy)
SyncManager.register("dict", dict, DictProxy)
SyncManager.register("Value", Value, ValueProxy)
SyncManager.register("Array", Array, ListProxy)
SyncManager.register("Namespace", Namespace, NamespaceProxy)


def Manager():
    m = SyncManager()
    m.start()
    return m
