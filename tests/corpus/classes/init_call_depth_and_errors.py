"""A class call with a plain __init__ counts two frames against the recursion limit, and keeps its TypeErrors."""
import sys
class A:
    def __init__(self, n):
        self.n = n
        if n:
            A(n - 1)
for lim in (50, 51, 52, 100):
    sys.setrecursionlimit(lim)
    depth = 0
    try:
        A(1000)
    except RecursionError as e:
        print(lim, "RecursionError", e)
def f(n):
    return A(n)
sys.setrecursionlimit(60)
try:
    f(100)
except RecursionError as e:
    print("ok", e)
class B:
    def __init__(self, x, y=2):
        self.t = (x, y)
print(B(1).t, B(1, 3).t, B(x=5).t)
try:
    B()
except TypeError as e:
    print(e)
class C:
    def __init__(self, x):
        return 5
try:
    C(1)
except TypeError as e:
    print(e)
