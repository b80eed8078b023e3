a = 1; b = 2
a += b; a -= b; a *= b; a //= b; a **= b; a %= b; a <<= 1; a >>= 1; a |= 1; a &= 1; a ^= 1
c = a if a >= b and not a != b or a <= b else ~a
d = (a @ b) if False else [a // b, a ** -b, a << 2, a >> 1, a | b, a & b, a ^ b]
e = lambda x, *args, **kw: x
f = {'k': ...}
g = (y := 5) == 5
def h(p: int, /, q=1, *, r) -> int: return p
