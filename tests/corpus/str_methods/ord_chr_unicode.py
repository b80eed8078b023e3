for c in "aZ0 é€":
    print(repr(c), ord(c))
print(chr(97), chr(8364), chr(0x1F600) == "😀")
print("".join(chr(ord(c) + 1) for c in "HAL"))
