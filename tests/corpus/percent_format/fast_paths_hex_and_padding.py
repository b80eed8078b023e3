"""%-formatting fast paths: hex/octal of ints (negative too), padded strings, and the general path around them."""
for n in (0, 7, 255, -255, 2**63 - 1, -2**63, 10**30, -(10**30), True):
    print("%x|%X|%o|%d" % (n, n, n, n))
for s in ("", "z", "abc", "héllo", "\U0001f600x"):
    print("[%-4s][%4s][%s][%.2s][%-6.3s]" % (s, s, s, s, s))
print("%5x|%-5x|%05x|%#x|%#o|%+x" % (255, 255, 255, 255, 8, 15))
print("%(a)s-%(b)x" % {"a": "k", "b": 254})
print("%s %s" % ("one", 2), "%r" % ("q",), "%c%c" % (65, "b"))
print("%d:%s:%5.2f|%-4s|%x" % (3, "ab", 3 / 7, "z", 3))
try:
    print("%x" % 1.5)
except TypeError as e:
    print(e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print(e)
print(b"%x %s" % (255, b"hi"))
