print(bytes(), bytes(4), bytes([72, 105]), bytes(range(3)), bytes((1, 2)))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes("h\xe9", "utf-8"), bytes("h\xe9", "latin-1"))
print(bytes("h\u20ac", "ascii", "replace"), bytes("h\u20ac", encoding="ascii", errors="ignore"))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("z", "ascii"))
print(bytes(True), bytes(False), type(bytes(1)).__name__, type(bytearray(1)).__name__)
for args in [(1.5,), ("text",), (b"x", "utf-8"), ([256],), (-1,), (None,), (["a"],)]:
    try:
        bytes(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytearray("x")
except TypeError as e:
    print("TypeError:", e)
