"""Processes made with fork(), and the ways they share work and data
(CPython's multiprocessing API, "fork" start method).

A child is a copy of the parent at `start()`: it runs the target, then ends
with `os._exit`, its exit code telling how it went (0, 1 after an uncaught
exception, the `sys.exit` code, or minus the signal that killed it).
Values cross between processes in minipy's wire format; functions and
classes go by name. Locks, semaphores, events and `Value`/`Array` live in
shared memory.
"""

import _minipy_process as _p
import _thread
import atexit as _atexit
import itertools as _itertools
import os as _os
import sys as _sys
import threading as _threading
import time as _time
import queue as _queue

__all__ = [
    "Process", "current_process", "parent_process", "active_children", "cpu_count",
    "Queue", "JoinableQueue", "SimpleQueue", "Pipe", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Event", "Condition", "Barrier", "Value", "Array", "Pool",
    "Manager", "TimeoutError", "ProcessError", "AuthenticationError", "get_start_method",
    "set_start_method", "get_context", "freeze_support",
]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    return _os.cpu_count() or 1


def freeze_support():
    pass


def get_start_method(allow_none=False):
    return "fork"


def set_start_method(method, force=False):
    if method != "fork":
        raise ValueError("cannot find context for %r" % (method,))


def get_all_start_methods():
    return ["fork"]


def _sleep_backoff(delay):
    _time.sleep(delay)
    return min(delay * 2, 0.005)


# ---------------------------------------------------------------- processes

class BaseProcess:
    """A process object: start() forks a child that runs run()."""

    _start_method = "fork"

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._parent_pid = _os.getpid()
        self._parent_name = _current_process.name
        self._pid = None
        self._exitcode = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + "-" + ":".join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon
        else:
            self._daemonic = _current_process._daemonic

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def start(self):
        self._check_closed()
        if self._pid is not None:
            raise AssertionError("cannot start a process twice")
        if self._parent_pid != _os.getpid():
            raise AssertionError("can only start a process object created by current process")
        if _current_process._daemonic:
            raise AssertionError("daemonic processes are not allowed to have children")
        _cleanup()
        pid = _p.fork()
        if pid == 0:
            self._bootstrap()
        self._pid = pid
        _children.add(self)

    def _bootstrap(self):
        global _current_process, _children, _process_counter, _parent_process
        exitcode = 1
        try:
            _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
            _current_process = self
            self._pid = _os.getpid()
            _children = set()
            _process_counter = _itertools.count(1)
            del _finalizers[:]
            _threading._after_fork()
            _atexit._clear()
            _atexit.register(_exit_function)
            try:
                self.run()
                exitcode = 0
            finally:
                _atexit._run_exitfuncs()
        except SystemExit as e:
            exitcode = _exitcode_of(e)
        except BaseException as exc:
            exitcode = 1
            _sys.stdout.flush()
            _sys.stderr.write("Process %s:\n" % self.name)
            _thread._print_exception(exc)
        finally:
            try:
                _sys.stdout.flush()
                _sys.stderr.flush()
            finally:
                _os._exit(exitcode)

    def _poll(self, block):
        if self._exitcode is None and self._pid is not None:
            code = _p.waitpid(self._pid, block)
            if code is not None:
                self._exitcode = code
                _children.discard(self)
        return self._exitcode

    def terminate(self):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            try:
                _os.kill(self._pid, 15)
            except ProcessLookupError:
                pass

    def kill(self):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            try:
                _os.kill(self._pid, 9)
            except ProcessLookupError:
                pass

    def join(self, timeout=None):
        self._check_closed()
        if self._parent_pid != _os.getpid():
            raise AssertionError("can only join a child process")
        if self._pid is None:
            raise AssertionError("can only join a started process")
        if timeout is None:
            self._poll(True)
            return
        deadline = _time.monotonic() + timeout
        delay = 0.0005
        while self._poll(False) is None:
            remaining = deadline - _time.monotonic()
            if remaining <= 0:
                return
            delay = _sleep_backoff(min(delay, remaining))

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        if self._parent_pid != _os.getpid():
            raise AssertionError("can only test a child process")
        if self._pid is None:
            return False
        return self._poll(False) is None

    def close(self):
        if self._pid is not None and self._poll(False) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._pid is not None:
            raise AssertionError("process has already started")
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None:
            return None
        return self._poll(False)

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def sentinel(self):
        return self._pid

    @property
    def authkey(self):
        return b""

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = "started"
        elif self._closed:
            status = "closed"
        elif self._pid is None:
            status = "initial"
        else:
            exitcode = self._poll(False)
            status = "started" if exitcode is None else "stopped"
        info = [type(self).__name__, "name=%r" % self._name]
        if self._pid is not None:
            info.append("pid=%s" % self._pid)
        info.append("parent=%s" % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append("exitcode=%s" % _exitcode_name(exitcode))
        if self.daemon:
            info.append("daemon")
        return "<%s>" % " ".join(info)


class Process(BaseProcess):
    pass


_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 9: "SIGKILL", 15: "SIGTERM", 6: "SIGABRT", 11: "SIGSEGV"}


def _exitcode_name(code):
    if code < 0 and -code in _SIGNAL_NAMES:
        return "-" + _SIGNAL_NAMES[-code]
    return code


def _exitcode_of(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    _sys.stderr.write(str(code) + "\n")
    return 1


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._parent_pid = None
        self._pid = _os.getpid()
        self._exitcode = None
        self._closed = False
        self._daemonic = False
        self._target = None
        self._args = ()
        self._kwargs = {}

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._exitcode = None
        self._closed = False
        self._daemonic = False

    def is_alive(self):
        try:
            _os.kill(self._pid, 0)
            return True
        except OSError:
            return False

    def join(self, timeout=None):
        pass


_current_process = _MainProcess()
_parent_process = None
_children = set()
_process_counter = _itertools.count(1)


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _cleanup():
    for p in list(_children):
        if p._poll(False) is not None:
            _children.discard(p)


def active_children():
    _cleanup()
    return list(_children)


# Cleanups that must run before children are stopped at exit (managers
# shutting down their servers), and whether exit has begun, so that pools
# stop replacing their workers.
_finalizers = []
_exiting = False


def _exit_function():
    """At exit: shut managers down, stop daemonic children, wait for the others."""
    global _exiting
    _exiting = True
    while _finalizers:
        _finalizers.pop()()
    for p in active_children():
        if p.daemon:
            p.terminate()
    for p in active_children():
        if p.daemon:
            p.join()
    for p in active_children():
        p.join()


_atexit.register(_exit_function)


# ---------------------------------------------------------------- shared-memory synchronisation

def _owner():
    return _os.getpid() * 4096 + (_thread.get_ident() // 4096) % 4096


def _refuse_pickling(obj):
    raise RuntimeError(
        "%s objects should only be shared between processes through inheritance"
        % type(obj).__name__
    )


class Lock:
    """A lock shared by every process forked after it was made."""

    def __init__(self):
        self._mem = _p.shm(1)

    def acquire(self, block=True, timeout=None):
        if _p.shm_cas(self._mem, 0, 0, 1):
            return True
        if not block:
            return False
        deadline = None if timeout is None else _time.monotonic() + timeout
        delay = 0.0001
        while not _p.shm_cas(self._mem, 0, 0, 1):
            if deadline is not None and _time.monotonic() >= deadline:
                return False
            delay = _sleep_backoff(delay)
        return True

    def release(self):
        if not _p.shm_cas(self._mem, 0, 1, 0):
            raise ValueError("semaphore or lock released too many times")

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<Lock(owner=%s)>" % ("SomeOtherProcess" if _p.shm_get(self._mem, 0) else "None")

    def __getstate__(self):
        _refuse_pickling(self)


class RLock:
    """A reentrant lock shared by processes: slot 0 owner, slot 1 depth."""

    __getstate__ = _refuse_pickling

    def __init__(self):
        self._mem = _p.shm(2)

    def acquire(self, block=True, timeout=None):
        me = _owner()
        if _p.shm_get(self._mem, 0) == me:
            _p.shm_add(self._mem, 1, 1)
            return True
        deadline = None if timeout is None else _time.monotonic() + timeout
        delay = 0.0001
        while not _p.shm_cas(self._mem, 0, 0, me):
            if not block or (deadline is not None and _time.monotonic() >= deadline):
                return False
            delay = _sleep_backoff(delay)
        _p.shm_set(self._mem, 1, 1)
        return True

    def release(self):
        if _p.shm_get(self._mem, 0) != _owner():
            raise AssertionError("attempt to release recursive lock not owned by thread")
        if _p.shm_add(self._mem, 1, -1) == 0:
            _p.shm_set(self._mem, 0, 0)

    def _is_owned(self):
        return _p.shm_get(self._mem, 0) == _owner()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Semaphore:
    """A counter of permits shared by processes."""

    __getstate__ = _refuse_pickling

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._mem = _p.shm(1)
        _p.shm_set(self._mem, 0, value)

    def acquire(self, block=True, timeout=None):
        deadline = None if timeout is None else _time.monotonic() + timeout
        delay = 0.0001
        while True:
            value = _p.shm_get(self._mem, 0)
            if value > 0:
                if _p.shm_cas(self._mem, 0, value, value - 1):
                    return True
                continue
            if not block or (deadline is not None and _time.monotonic() >= deadline):
                return False
            delay = _sleep_backoff(delay)

    def release(self):
        _p.shm_add(self._mem, 0, 1)

    def get_value(self):
        return _p.shm_get(self._mem, 0)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._bound = value

    def release(self):
        while True:
            value = _p.shm_get(self._mem, 0)
            if value >= self._bound:
                raise ValueError("semaphore or lock released too many times")
            if _p.shm_cas(self._mem, 0, value, value + 1):
                return


class Event:
    """A flag shared by processes."""

    def __init__(self):
        self._mem = _p.shm(1)

    def is_set(self):
        return _p.shm_get(self._mem, 0) == 1

    def set(self):
        _p.shm_set(self._mem, 0, 1)

    def clear(self):
        _p.shm_set(self._mem, 0, 0)

    def wait(self, timeout=None):
        deadline = None if timeout is None else _time.monotonic() + timeout
        delay = 0.0001
        while not self.is_set():
            if deadline is not None and _time.monotonic() >= deadline:
                return False
            delay = _sleep_backoff(delay)
        return True


class Condition:
    """A condition variable shared by processes (waiters poll a counter
    that `notify` moves on)."""

    __getstate__ = _refuse_pickling

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._mem = _p.shm(2)  # 0: notifications given, 1: waiters

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        ticket = _p.shm_add(self._mem, 1, 1)
        self._lock.release()
        deadline = None if timeout is None else _time.monotonic() + timeout
        delay = 0.0001
        woken = False
        while True:
            given = _p.shm_get(self._mem, 0)
            if given >= ticket:
                woken = True
                break
            if deadline is not None and _time.monotonic() >= deadline:
                break
            delay = _sleep_backoff(delay)
        self._lock.acquire()
        return woken

    def wait_for(self, predicate, timeout=None):
        deadline = None if timeout is None else _time.monotonic() + timeout
        result = predicate()
        while not result:
            remaining = None if deadline is None else deadline - _time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        waiting = _p.shm_get(self._mem, 1)
        given = _p.shm_get(self._mem, 0)
        _p.shm_set(self._mem, 0, min(waiting, given + n))

    def notify_all(self):
        _p.shm_set(self._mem, 0, _p.shm_get(self._mem, 1))


class Barrier:
    """Lets `parties` processes wait until all of them arrive."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._mem = _p.shm(2)  # 0: arrived in this round, 1: round number
        self._lock = Lock()

    def wait(self, timeout=None):
        with self._lock:
            generation = _p.shm_get(self._mem, 1)
            index = _p.shm_add(self._mem, 0, 1) - 1
            if index + 1 == self._parties:
                if self._action:
                    self._action()
                _p.shm_set(self._mem, 0, 0)
                _p.shm_add(self._mem, 1, 1)
                return index
        delay = 0.0001
        while _p.shm_get(self._mem, 1) == generation:
            delay = _sleep_backoff(delay)
        return index

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return _p.shm_get(self._mem, 0)


# ---------------------------------------------------------------- shared values

_TYPECODES = {"b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "c", "u"}


def _typecode(t):
    if isinstance(t, str):
        if t not in _TYPECODES:
            raise TypeError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        return t
    return getattr(t, "_type_", "i")


def _encode(typecode, value):
    if typecode in ("f", "d"):
        return _float_bits(value)
    if typecode == "c":
        return value[0] if isinstance(value, bytes) else int(value)
    return int(value)


def _decode(typecode, raw):
    if typecode in ("f", "d"):
        return _bits_float(raw)
    if typecode == "c":
        return bytes([raw])
    return raw


def _float_bits(x):
    """A float's IEEE bits as an int (what a shared slot holds), read off
    its wire encoding: the tag byte, then 8 little-endian bytes."""
    data = _p.dumps(float(x))
    return int.from_bytes(data[1:9], "little", signed=True)


def _bits_float(bits):
    return _p.loads(b"f" + bits.to_bytes(8, "little", signed=True))


class _SharedValue:
    def __getstate__(self):
        raise RuntimeError(
            "Synchronized objects should only be shared between processes through inheritance"
        )

    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._mem = _p.shm(1)
        _p.shm_set(self._mem, 0, _encode(typecode, value))
        self._lock = lock

    @property
    def value(self):
        return _decode(self._typecode, _p.shm_get(self._mem, 0))

    @value.setter
    def value(self, v):
        _p.shm_set(self._mem, 0, _encode(self._typecode, v))

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __repr__(self):
        return "<Synchronized wrapper for c_%s(%r)>" % ({"i": "int", "d": "double", "f": "float", "l": "long", "c": "char"}.get(self._typecode, self._typecode), self.value)


def Value(typecode_or_type, *args, lock=True):
    """A value in shared memory, with a lock for read-modify-write."""
    typecode = _typecode(typecode_or_type)
    value = args[0] if args else (0.0 if typecode in ("f", "d") else 0)
    if lock is True:
        lock = RLock()
    elif lock is False:
        lock = None
    return _SharedValue(typecode, value, lock)


class _SharedArray:
    def __getstate__(self):
        raise RuntimeError(
            "SynchronizedArray objects should only be shared between processes through inheritance"
        )

    def __init__(self, typecode, items, lock):
        self._typecode = typecode
        self._length = len(items)
        self._mem = _p.shm(max(len(items), 1))
        for i, item in enumerate(items):
            _p.shm_set(self._mem, i, _encode(typecode, item))
        self._lock = lock

    def __len__(self):
        return self._length

    def _index(self, i):
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length))]
        return _decode(self._typecode, _p.shm_get(self._mem, self._index(i)))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            for j, v in zip(range(*i.indices(self._length)), value):
                self[j] = v
            return
        _p.shm_set(self._mem, self._index(i), _encode(self._typecode, value))

    def __iter__(self):
        return iter(self[:])

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __repr__(self):
        return "<SynchronizedArray wrapper for %r>" % (self[:],)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    """A fixed-size array in shared memory."""
    typecode = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        items = [0.0 if typecode in ("f", "d") else 0] * size_or_initializer
    else:
        items = list(size_or_initializer)
    if lock is True:
        lock = RLock()
    elif lock is False:
        lock = None
    return _SharedArray(typecode, items, lock)


RawValue = lambda typecode_or_type, *args: Value(typecode_or_type, *args, lock=False)
RawArray = lambda typecode_or_type, size_or_initializer: Array(typecode_or_type, size_or_initializer, lock=False)


# ---------------------------------------------------------------- pipes and queues

class Connection:
    """One end of a pipe: send()/recv() whole objects."""

    def __init__(self, fd, readable=True, writable=True):
        self._fd = fd
        self._readable = readable
        self._writable = writable

    def _check(self, mode):
        if self._fd is None:
            raise OSError("handle is closed")
        if mode == "r" and not self._readable:
            raise OSError("connection is write-only")
        if mode == "w" and not self._writable:
            raise OSError("connection is read-only")

    def send(self, obj):
        self._check("w")
        self._send_bytes(_p.dumps(obj))

    def send_bytes(self, buf, offset=0, size=None):
        self._check("w")
        data = bytes(buf)
        end = len(data) if size is None else offset + size
        self._send_bytes(b"B" + data[offset:end])

    def _send_bytes(self, data):
        _p.write_message(self._fd, data)

    def recv(self):
        self._check("r")
        return _p.loads(_p.read_message(self._fd))

    def recv_bytes(self, maxlength=None):
        self._check("r")
        data = _p.read_message(self._fd)
        return data[1:] if data[:1] == b"B" else data

    def poll(self, timeout=0.0):
        self._check("r")
        return _p.poll(self._fd, timeout)

    def close(self):
        if self._fd is not None:
            _p.close(self._fd)
            self._fd = None

    def fileno(self):
        self._check("")
        return self._fd

    @property
    def closed(self):
        return self._fd is None

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    """Two connected ends: both send and receive if `duplex`, else (reader, writer)."""
    if duplex:
        a, b = _p.socketpair()
        return Connection(a), Connection(b)
    r, w = _p.pipe()
    return Connection(r, True, False), Connection(w, False, True)


class Queue:
    """A FIFO queue between processes: a pipe, locks for its two ends, and
    shared counters."""

    __getstate__ = _refuse_pickling

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._reader, self._writer = _p.pipe()
        self._rlock = Lock()
        self._wlock = Lock()
        self._mem = _p.shm(2)  # 0: items in the pipe, 1: unfinished tasks
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        data = _p.dumps(obj)
        if self.qsize() >= self._maxsize:
            deadline = None if timeout is None else _time.monotonic() + timeout
            delay = 0.0001
            while self.qsize() >= self._maxsize:
                if not block or (deadline is not None and _time.monotonic() >= deadline):
                    raise _queue.Full
                delay = _sleep_backoff(delay)
        with self._wlock:
            _p.shm_add(self._mem, 0, 1)
            _p.shm_add(self._mem, 1, 1)
            _p.write_message(self._writer, data)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if block and timeout is None:
            with self._rlock:
                data = _p.read_message(self._reader)
                _p.shm_add(self._mem, 0, -1)
            return _p.loads(data)
        deadline = _time.monotonic() + (timeout or 0)
        if not self._rlock.acquire(block, timeout):
            raise _queue.Empty
        try:
            remaining = max(deadline - _time.monotonic(), 0) if block else 0
            if not _p.poll(self._reader, remaining):
                raise _queue.Empty
            data = _p.read_message(self._reader)
            _p.shm_add(self._mem, 0, -1)
        finally:
            self._rlock.release()
        return _p.loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _p.shm_get(self._mem, 0)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue whose consumers mark items done, so producers can wait."""

    def task_done(self):
        if _p.shm_add(self._mem, 1, -1) < 0:
            _p.shm_add(self._mem, 1, 1)
            raise ValueError("task_done() called too many times")

    def join(self):
        delay = 0.0001
        while _p.shm_get(self._mem, 1) > 0:
            delay = _sleep_backoff(delay)


class SimpleQueue(Queue):
    def __init__(self):
        Queue.__init__(self)


# ---------------------------------------------------------------- pools

from multiprocessing.pool import Pool, AsyncResult, ApplyResult, MapResult  # noqa: E402
from multiprocessing.managers import Manager, SyncManager  # noqa: E402


class _Context:
    """What `get_context("fork")` returns: this module's API."""

    def __getattr__(self, name):
        return globals()[name]

    def get_start_method(self, allow_none=False):
        return "fork"


def get_context(method=None):
    if method not in (None, "fork"):
        raise ValueError("cannot find context for %r" % (method,))
    return _Context()
