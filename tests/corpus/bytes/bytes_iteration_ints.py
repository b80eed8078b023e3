for x in b"AZ":
    print(x, chr(x))
print([b for b in bytes([1, 2, 3])])
print(sum(b"\x01\x02\x03"))
