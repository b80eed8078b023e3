data = b"hello"
print(b"ell" in data, b"" in data, b"xyz" in data, bytearray(b"lo") in data)
print(104 in data, 120 in data, True in b"\x01", 108 in bytearray(data))
for item in ["h", 256, 1.0, None]:
    try:
        item in data
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
