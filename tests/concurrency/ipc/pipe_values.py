# Checks that many kinds of values cross a Pipe to a child and back unchanged (ints, floats, containers, classes...).
import multiprocessing as mp
from collections import OrderedDict, namedtuple

Pair = namedtuple("Pair", "left right")

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def norm2(self):
        return self.x * self.x + self.y * self.y

class AppError(Exception):
    pass

def double(x):
    return 2 * x

VALUES = [
    None, True, False, 0, -1, 2 ** 200, -(3 ** 100), 1.5, -0.0, float("inf"), 1e-300,
    complex(1, -2), "text", "ünïcödé ✓", "", b"\x00\xffbytes", bytearray(b"ba"),
    (), (1, (2, (3,))), [1, [2, [3, []]]], {"a": [1, 2], "b": {"c": (3, 4)}},
    {1, 2, 3}, frozenset({"x", "y"}), set(), range(2, 20, 3), slice(1, 5, 2),
    OrderedDict([("z", 1), ("a", 2)]), Pair(1, "two"),
    Point(3, 4), [Point(0, 1), Point(-1, 2)], double, Point, len,
    ValueError("bad", 7), AppError("app failure"), KeyError("k"),
]

def echo(conn):
    while True:
        v = conn.recv()
        if v == "STOP":
            break
        info = type(v).__name__
        if v is double:
            info = ("func", v(21))
        elif v is Point:
            info = ("class", v(1, 1).norm2())
        elif isinstance(v, Point):
            info = ("point", v.norm2())
        conn.send((v, info))
    conn.close()

if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for v in VALUES:
        parent.send(v)
        back, info = parent.recv()
        if isinstance(back, BaseException):
            same = type(back) is type(v) and back.args == v.args
        elif v is double or v is Point or v is len:
            same = back is v
        else:
            same = back == v and type(back) is type(v) and repr(back) == repr(v)
        shown = back.__name__ if v is double or v is Point or v is len else repr(back)
        print(shown, info, same)
    print(parent.recv() if parent.poll(0.01) else "no extra message")
    parent.send("STOP")
    p.join()
    print(p.exitcode)
