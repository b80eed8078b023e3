import sys
try:
    raise KeyError("k")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None)
print(sys.exc_info())
