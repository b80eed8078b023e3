"""Process pools (CPython's multiprocessing.pool): forked workers take
tasks from one inter-process queue and put results on another.

Three daemon threads in the parent keep a pool going, as in CPython: the
task handler feeds tasks to the workers, the result handler hands results
to the waiting `AsyncResult`s (and replaces workers that have ended), and
the caller never blocks unless it asks for a result.
"""

import itertools
import os
import queue
import threading
import time
import _thread

import multiprocessing as _mp

__all__ = ["Pool"]

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class RemoteTraceback(Exception):
    """The worker's traceback, shown as the cause of the re-raised error."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """A result (or its error) that could not be sent back."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _failure(exc):
    return (False, (exc, '\n"""\n%s"""' % _thread._format_exception(exc)))


def _rebuild(result):
    success, value = result
    if success:
        return result
    exc, tb = value
    exc.__cause__ = RemoteTraceback(tb)
    return (False, exc)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    """What each pool process runs: tasks until a None, or `maxtasks`."""
    # Keep only the ends this worker uses, so that it sees end-of-file (and
    # ends) if the parent dies instead of waiting on the pipe for ever.
    _mp._p.close(inqueue._writer)
    _mp._p.close(outqueue._reader)
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = _failure(e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, _failure(wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


class Pool:
    """A fixed number of worker processes that run submitted calls."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._inqueue = _mp.SimpleQueue()
        self._outqueue = _mp.SimpleQueue()
        self._taskqueue = queue.SimpleQueue()
        self._cache = {}
        # Called (by ProcessPoolExecutor) instead of replacing a dead worker.
        self._on_worker_death = None
        self._repopulate_pool()
        self._state = RUN
        self._task_handler = threading.Thread(target=self._handle_tasks, daemon=True)
        self._task_handler.start()
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()

    # ------------------------------------------------------------ workers

    def Process(self, *args, **kwds):
        return _mp.Process(*args, **kwds)

    def _repopulate_pool(self):
        while len(self._pool) < self._processes and not _mp._exiting:
            w = self.Process(
                target=worker,
                args=(self._inqueue, self._outqueue, self._initializer, self._initargs, self._maxtasksperchild),
            )
            w.name = w.name.replace("Process", "ForkPoolWorker")
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _reap_workers(self):
        """Drops workers that have ended, and returns them."""
        ended = [w for w in self._pool if w.exitcode is not None]
        self._pool[:] = [w for w in self._pool if w not in ended]
        return ended

    # ------------------------------------------------------------ handler threads

    def _handle_tasks(self):
        while True:
            item = self._taskqueue.get()
            if item is None:
                break
            tasks, set_length = item
            count = 0
            for task in tasks:
                if self._state == TERMINATE:
                    return
                try:
                    self._inqueue.put(task)
                except Exception as e:
                    job, i = task[:2]
                    result = self._cache.get(job)
                    if result is not None:
                        result._set(i, (False, e))
                count += 1
            if set_length is not None:
                set_length(count)
        # Closed: one sentinel per worker, so each one ends.
        for _ in self._pool:
            self._inqueue.put(None)

    def _handle_results(self):
        reader = self._outqueue._reader
        while self._state != TERMINATE:
            if self._state == CLOSE and not self._cache and not self._task_handler.is_alive():
                break
            if not _mp._p.poll(reader, 0.05):
                ended = self._reap_workers() if self._state == RUN else []
                if any(w.exitcode != 0 for w in ended) and self._on_worker_death is not None:
                    self._on_worker_death()
                    return
                if ended:
                    self._repopulate_pool()
                continue
            try:
                job, i, result = self._outqueue.get()
            except (EOFError, OSError):
                return
            target = self._cache.get(job)
            if target is not None:
                target._set(i, _rebuild(result))

    # ------------------------------------------------------------ the API

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, tuple(args), dict(kwds))], None))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        tasks = [(result._job, i, mapper, ((func, batch),), {}) for i, batch in enumerate(_batches(iterable, chunksize))]
        self._taskqueue.put((tasks, None))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, kind, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = kind(self)
        if chunksize == 1:
            tasks = ((result._job, i, func, (x,), {}) for i, x in enumerate(iterable))
            self._taskqueue.put((tasks, result._set_length))
            return result
        tasks = ((result._job, i, mapstar, ((func, batch),), {}) for i, batch in enumerate(_batches(iterable, chunksize)))
        self._taskqueue.put((tasks, result._set_length))
        return (item for chunk in result for item in chunk)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._taskqueue.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._taskqueue.put(None)
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()
        # A worker killed while sending leaves half a message, which the
        # (daemon) result handler may wait on for ever: do not wait long.
        self._result_handler.join(1.0)

    def terminate_soon(self):
        """Terminates from the result handler thread itself (which cannot
        join itself)."""
        self._state = TERMINATE
        self._taskqueue.put(None)
        for w in self._pool:
            if w.exitcode is None:
                w.terminate()
        for w in self._pool:
            w.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._task_handler.join()
        self._result_handler.join()
        for w in self._pool:
            w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc_info):
        self.terminate()

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s state=%s pool_size=%d>" % (cls.__module__, cls.__qualname__, self._state, len(self._pool))


def _batches(iterable, size):
    it = iter(iterable)
    while size > 0:
        batch = tuple(itertools.islice(it, size))
        if not batch:
            return
        yield batch


class ApplyResult:
    """A call sent to a pool; `get()` waits for its value."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise _mp.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """Results of `map_async`, filled in chunk by chunk."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif not success and self._success:
            self._success = False
            self._value = result
        if self._number_left == 0:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            del self._cache[self._job]
            self._event.set()
            self._pool = None


class IMapIterator:
    """Results of `imap`, in order, as they arrive."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            if not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration
                self._cond.wait(timeout)
                if not self._items:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration
                    raise _mp.TimeoutError
            success, value = self._items.pop(0)
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    """Results of `imap_unordered`, in the order they finish."""

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None
