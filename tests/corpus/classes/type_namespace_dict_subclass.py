# type(name, bases, ns) accepts a dict subclass (an OrderedDict) as the
# namespace, and copies it.
from collections import OrderedDict


class Tracking(dict):
    pass


ns = OrderedDict(alpha=1, beta=2)
Made = type("Made", (), ns)
print(Made.alpha, Made.beta, [k for k in Made.__dict__ if not k.startswith("_")])
Made.gamma = 3
print(list(ns))
Other = type("Other", (Made,), Tracking(delta=4))
print(Other.delta, Other.alpha, Other.__name__)
try:
    type("Bad", (), [("x", 1)])
except TypeError as e:
    print("TypeError:", e)
