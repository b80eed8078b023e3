# float() parses the ASCII digits of bytes and bytearray.
print(float(b"2.5"), float(bytearray(b" -1e2\n")), float(b"1_000"))
for bad in (b"two", bytearray(b"1.2.3")):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
