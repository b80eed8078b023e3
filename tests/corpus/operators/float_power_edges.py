# Float powers at the edges: a negative base with a fractional exponent
# gives a complex number, 0.0 ** -inf is inf, 0.0 ** -2 still fails.
for base, exp in [(-8, 1 / 3), (-2.0, 0.5), (-1, 2.5), (-4.0, 2.0), (2, -1.0)]:
    r = base ** exp
    if isinstance(r, complex):
        print(type(r).__name__, round(r.real, 6), round(r.imag, 6))
    else:
        print(type(r).__name__, r)
print(0.0 ** float("-inf"), 0 ** float("-inf"))
try:
    0.0 ** -2
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(repr(complex(float("nan"), -float("nan"))))
