ba = bytearray(b"0123456789")
ba[0] = 65
ba[-1] = ord("Z")
print(ba)
ba[1:4] = b"xy"
print(ba)
ba[2:2] = [97, 98, 99]
print(ba)
ba[::3] = b"!" * len(ba[::3])
print(ba)
ba[::-2] = range(65, 65 + len(ba[::-2]))
print(ba)
ba[:] = bytearray(b"fresh")
print(ba)
ba[1::2] = b""
print(ba)
ba[len(ba):] = b" end"
print(ba)
for value in [5, "text", [1, 256]]:
    try:
        ba[0:2] = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
