"""The garbage collector's interface (CPython's gc module). minipy frees
objects by reference counting alone (`Arc`), so there is no cycle
collector to run: `collect()` finds nothing, and enabling or disabling it
only changes what `isenabled()` says."""

_enabled = True


def collect(generation=2):
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return (700, 10, 10)


def set_threshold(*thresholds):
    pass
