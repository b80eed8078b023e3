# int.from_bytes checks its byte order and the items of a non-bytes iterable; int() conversions and their errors.
for a in [(b"\x00\x10", "something"), ([256, 0, 0], "big"), (["x", 0], "big")]:
    try:
        print(int.from_bytes(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for a in [(4, "something"), (1, "big")]:
    try:
        print((1024).to_bytes(*a))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for s, b in [(" 1 ", 1), (" 1 ", 37), ("1", -1)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
class B: pass
b = B(); b.__int__ = lambda: 20
try:
    int(b)
except TypeError as e:
    print(e)
class I(int):
    def __int__(self): return 3
class F(float):
    def __int__(self): return 3
print(int(I(1)), int(F(1.2)))
class BadInt(int):
    def __int__(self): return 42.0
try:
    int(BadInt())
except TypeError as e:
    print(e)
print((0).__round__(), (1).__round__(0), type((5).__round__(0)).__name__)
