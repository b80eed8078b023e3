print(bytes("abc", "utf-8"))
print(bytearray("xyz", "ascii"))
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
