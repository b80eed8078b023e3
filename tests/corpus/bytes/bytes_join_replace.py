parts = [b"usr", b"local", bytearray(b"bin")]
print(b"/".join(parts), bytearray(b", ").join([b"a", b"b"]), b"".join([]))
print(b"-".join((b"x",)), b"ab".join([b"1", b"2", b"3"]))
print(b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"o", 2))
print(b"banana".replace(b"na", b""), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(bytearray(b"aaa").replace(b"a", b"bb"), b"abc".replace(b"x", b"y"))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"-".join(5)
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".replace("a", b"b")
except TypeError as e:
    print("TypeError:", e)
