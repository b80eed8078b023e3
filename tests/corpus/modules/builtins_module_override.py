# The builtins module is the namespace names fall back to: replacing
# builtins.len or builtins.__import__ changes what the program sees.
import builtins

original_len = len
builtins.len = lambda obj: 42
print(len("abc"))
builtins.len = original_len
print(len("abc"))

print(type(__builtins__).__name__, __builtins__ is builtins)

seen = []
real_import = builtins.__import__


def tracing_import(name, globals=None, locals=None, fromlist=None, level=0):
    seen.append((name, fromlist, level))
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import math
from math import pi, tau
builtins.__import__ = real_import
print(seen)
print(math.floor(2.5), round(pi, 2), round(tau, 2))
