print(b"%s=%d" % (b"count", 42))
print(b"[%5s][%-5s][%.2s]" % (b"ab", b"cd", b"efgh"))
print(b"%x %X %o %#x %05d %+d" % (255, 255, 8, 255, 42, 7))
print(b"%.2f %e %g" % (3.14159, 12345.678, 0.5))
print(b"%c%c%c" % (72, b"i", 33))
print(b"%r %a" % (b"x", "caf\xe9"))
print(b"%b and %s" % (bytearray(b"ba"), b"bytes"))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30})
print(bytearray(b"%d%%") % 50, b"100%%" % ())
try:
    b"%s" % "text"
except TypeError as e:
    print("TypeError:", e)
try:
    b"%c" % 256
except OverflowError as e:
    print("OverflowError:", e)
try:
    b"%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
