def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x

print(check(3))
try:
    check(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e))
