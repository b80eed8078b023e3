a = b"ab"
print(a + b"cd", a + bytearray(b"ef"), bytearray(b"gh") + a, a * 3, 2 * a, a * 0, a * -2)
ba = bytearray(b"x")
alias = ba
ba += b"yz"
ba += bytearray(b"!")
print(ba, alias, ba is alias)
ba *= 2
print(ba, alias is ba)
b = b"imm"
before = b
b += b"utable"
print(b, before, b is before)
for other in ["str", 1, [1]]:
    try:
        a + other
    except TypeError as e:
        print("TypeError:", e)
try:
    ba += "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a * "2"
except TypeError as e:
    print("TypeError:", e)
