# Pairs the VM fuses (LOAD_FAST LOAD_FAST, LOAD_CONST BINARY_OP,
# LOAD_CONST COMPARE_OP, FOR_ITER STORE_FAST) on values their fast paths
# do not take: big ints, floats, strings, objects with dunders.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __sub__(self, other):
        return Money(self.cents - other)

    def __lt__(self, other):
        return self.cents < other

    def __ge__(self, other):
        return self.cents >= other

    def __repr__(self):
        return f"Money({self.cents})"


def arith(x):
    return [x - 1, x + 2, x * 3, x // 2, x % 7, x ** 2, x << 3, x >> 1, x & 5, x | 8]


for value in (10, -10, 2**62, -(2**63), 2**64, True):
    print(arith(value))
f = 3.5
print(f - 1, f + 2, f * 3, f // 2, f % 7, f ** 2)
try:
    print(f << 3)
except TypeError as e:
    print("TypeError:", e)
print(Money(500) - 1)

try:
    s = "text"
    s - 1
except TypeError as e:
    print("TypeError:", e)


def compare(x):
    out = []
    if x < 2:
        out.append("lt")
    if x >= 2:
        out.append("ge")
    out.append(x == 3)
    out.append(x != 3)
    return out


for value in (1, 3, 2.5, 2**70, Money(1), Money(9)):
    print(value, compare(value))

a, b = 6, 7
print(a * b, b - a)
big = 10**20
total = 0
for i in range(5):
    total += i
for ch in "abc":
    total = total * 2
for item in [big, big + 1]:
    total += item
print(total)


def unbound_second():
    first = 1
    return first + second  # noqa: F821


def unbound_pair():
    print(late + 1)
    late = 2


for f in (unbound_second, unbound_pair):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)


def gen():
    yield 1
    yield 2


for item in gen():
    print("from generator", item)
i = 0
while i < 3:
    i = i + 1
print(i)
x = 2**63 - 1
print(x + 1, x - -1, -x - 2)
