"""Generic (shallow and deep) copying operations (CPython's copy module).

copy(x) makes a shallow copy, deepcopy(x) a deep one. Classes can define
__copy__() and __deepcopy__(memo); otherwise instances are rebuilt from the
__reduce_ex__/__reduce__ protocol when the class defines it, or from their
class and __dict__ (CPython's default object reduction).

deepcopy's memo dict maps id(original) to its copy, so objects shared or
reached again through a cycle are copied once.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error       # backward compatibility

_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)


class _C:
    def _m(self):
        pass


_MethodType = type(_C()._m)
del _C

# Values that are their own copies.
_atomic_types = {type(None), type(Ellipsis), type(NotImplemented), int, float,
                 bool, complex, bytes, str, type, range, _BuiltinFunctionType,
                 _FunctionType, property}


################################################################################
### Shallow copies
################################################################################

def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set):
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


################################################################################
### Deep copies
################################################################################

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If x is its own copy, don't memoize it.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple in a cycle may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    # CPython copies sets through set.__reduce__: the items, deep-copied,
    # make a new set.
    y = type(x)(deepcopy(list(x), memo))
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _atomic_types}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[set] = _deepcopy_set
_deepcopy_dispatch[frozenset] = _deepcopy_set
_deepcopy_dispatch[_MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo, so that its id is not
    reused (and mistaken for x) while the copy is made."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


################################################################################
### The reduce protocol
################################################################################

def _reduce(x, cls):
    """x's reduction: (callable, args[, state[, listitems[, dictitems]]]).

    Uses the class's __reduce_ex__ or __reduce__ when it defines one (minipy's
    object has neither), else CPython's default for protocol 4.
    """
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not getattr(object, '__reduce_ex__', None):
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, '__reduce__', None)
        if reductor is not None and reductor is not getattr(object, '__reduce__', None):
            rv = reductor(x)
        else:
            return _default_reduce(x, cls)
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple):
        raise Error('un(deep)copyable object of type %s' % cls)
    return rv


def _default_reduce(x, cls):
    """object.__reduce_ex__(4): rebuild with cls.__new__(cls, *newargs),
    then the state (__getstate__() or the instance dict) and, for list and
    dict subclasses, the items."""
    if cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs = getattr(x, '__getnewargs__', None)
    args = getnewargs() if getnewargs is not None else ()
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + tuple(args), state, listitems, dictitems


def _newobj(cls, *args):
    new = cls.__new__
    if type(new) is _BuiltinFunctionType and issubclass(cls, _CONTAINER_TYPES):
        return _blank_container(cls)
    return new(cls, *args)


_CONTAINER_TYPES = (list, dict, set, bytearray)
_blank_classes = {}


def _blank_container(cls):
    """cls.__new__(cls) for a subclass of a builtin container.

    minipy: the builtin __new__ does not give such an instance its list (or
    dict...) yet, but calling the class does. So call a subclass whose
    __init__ does nothing, then give the instance its real class.
    """
    blank = _blank_classes.get(cls)
    if blank is None:
        blank = type(cls.__name__, (cls,), {'__init__': _no_init})
        _blank_classes[cls] = blank
    obj = blank()
    obj.__class__ = cls
    return obj


def _no_init(self, *args, **kwargs):
    pass


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
