"""assert with a non-empty tuple warns at compile time that it is always true; an empty tuple fails."""
x = 1
assert (x, "x must be set")
assert (x == 2, "never checked")


def f():
    assert (x,)
    return "f ran"


print(f())
assert x, "plain assert is fine"
try:
    assert ()
except AssertionError:
    print("empty tuple is false")
assert (x == 1), "parenthesised test is fine"
