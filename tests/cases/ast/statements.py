import os.path as p, sys
from collections import deque as q, OrderedDict
del a, b[0], c.d
assert x, "message"
global g

def f(a, b=1, *args, c, d=2, **kwargs):
    """Doc."""
    nonlocal_like = 1
    return a

class C(B, metaclass=M):
    attr: int = 0

    @staticmethod
    def m():
        yield 1
        yield from range(2)

for i in range(3):
    continue
else:
    pass
while True:
    break
try:
    raise ValueError("x") from None
except (TypeError, ValueError) as e:
    pass
except Exception:
    raise
else:
    pass
finally:
    pass
with open("f") as fh, open("g"):
    pass
