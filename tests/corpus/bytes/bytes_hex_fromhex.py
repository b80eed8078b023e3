data = b"\x00\x0f\xab\xcd\xef\x12"
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -4), data.hex(b"|", 3))
print(data.hex(sep="_", bytes_per_sep=1), b"".hex(), bytearray(b"\xff").hex())
print(bytes.fromhex("00 0f AB cd"), bytearray.fromhex("6869"), bytes.fromhex(" 41\t42\n"))
print(bytes.fromhex(data.hex()) == data)
for bad in ["abc", "zz", "4 1", "0x41"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    data.hex("::")
except ValueError as e:
    print("ValueError:", e)
