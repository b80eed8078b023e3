"""Functions creating iterators for efficient looping (CPython's itertools).

Every tool is lazy. Arguments are checked when the tool is called, as in
CPython: each public function validates (and calls iter() on) its
arguments, then returns a generator doing the work. count and repeat are
classes, for their reprs (`count(5)`, `repeat('x', 3)`).
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _check_number(x):
    # CPython's PyNumber_Check: a builtin number or a type convertible to one.
    if isinstance(x, (int, float, complex)):
        return
    for method in ('__index__', '__int__', '__float__', '__complex__'):
        if hasattr(type(x), method):
            return
    raise TypeError('a number is required')


################################################################################
### Infinite iterators
################################################################################

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        _check_number(start)
        _check_number(step)
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        # The step shows unless it is the int 1.
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._next!r})'
        return f'{type(self).__name__}({self._next!r}, {self._step!r})'

    def __reduce__(self):
        return type(self), (self._next, self._step)


def cycle(iterable, /):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._left = None
        else:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be "
                                "interpreted as an integer")
            self._left = max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._left})'

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._left)


################################################################################
### Iterators terminating on the shortest input sequence
################################################################################

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    return _chain(iter(iterables))


def _from_iterable(iterable, /):
    """Alternative chain() constructor taking a single iterable argument that
    evaluates lazily."""
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def _chain(iterables):
    for it in iterables:
        yield from it


def compress(data, selectors):
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors
    to choose the data elements.
    """
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted.
    """
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false.
    """
    return _filterfalse(function, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable

    Each group is an iterator sharing the underlying iterable: it stops
    yielding once the groupby advances to the next group.
    """
    return _groupby(iter(iterable), key)


def _same(a, b):
    # Like CPython's PyObject_RichCompareBool: identity implies equality.
    return a is b or a == b


def _groupby(it, keyfunc):
    exhausted = False
    current = None
    current_key = None

    def grouper(target_key):
        nonlocal current, current_key, exhausted
        yield current
        for current in it:
            current_key = current if keyfunc is None else keyfunc(current)
            if not _same(current_key, target_key):
                return
            yield current
        exhausted = True

    try:
        current = next(it)
    except StopIteration:
        return
    current_key = current if keyfunc is None else keyfunc(current)
    while not exhausted:
        target_key = current_key
        group = grouper(target_key)
        yield current_key, group
        # Skip what the caller left of the group; the group is then spent.
        if _same(current_key, target_key):
            for _ in group:
                pass


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.
    """
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (args + (None,))[:3]
    if stop is not None and not (isinstance(stop, int) and 0 <= stop <= _sys.maxsize):
        raise ValueError('Stop argument for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if start is not None and not (isinstance(start, int) and 0 <= start <= _sys.maxsize):
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if step is not None and not (isinstance(step, int) and 1 <= step <= _sys.maxsize):
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start or 0, stop, step or 1)


def _islice(it, start, stop, step):
    # As CPython: skip to the next wanted index, check the stop before every
    # fetch (so nothing past stop is consumed), fetch, then move the target.
    index = 0
    wanted = start
    while True:
        while index < wanted:
            try:
                next(it)
            except StopIteration:
                return
            index += 1
        if stop is not None and index >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        index += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ...
    """
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    # As CPython: an iterator that can copy itself (a tee object) is the
    # first result itself, and the others are its copies.
    first = iter(iterable)
    if not hasattr(first, '__copy__'):
        first = _tee(_TeeSource(first), _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class _TeeSource:
    """The iterator a family of tee objects share."""
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _TeeLink:
    """One value of a tee family's shared buffer (a linked list): the
    value, once fetched, and the next link."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    """One of the iterators tee() returns. Each holds its position in the
    shared buffer; the first to reach the end fetches the next value."""
    __slots__ = ('_source', '_link')

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source.it)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)



def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument. Missing
    values are replaced by fillvalue once an iterable is exhausted.
    """
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


################################################################################
### Combinatoric iterators
################################################################################

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    """
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    # An odometer over the pools' indices, rightmost wheel fastest.
    if any(not pool for pool in pools):
        return
    n = len(pools)
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    # Lexicographic order by position: `indices` is the current arrangement
    # of the pool, and `cycles` counts, for each of the first r places, how
    # many choices remain for it.
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    # indices is increasing; advance the rightmost index that can move, and
    # reset the ones after it to follow on consecutively.
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')
    """
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    # indices is non-decreasing; advance the rightmost index below n - 1
    # and set the ones after it equal to it.
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
