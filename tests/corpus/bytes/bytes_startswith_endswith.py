name = b"report_2024.csv"
print(name.startswith(b"report"), name.endswith(b".csv"), name.endswith(b".txt"))
print(name.startswith((b"x", b"rep")), name.endswith((b".tsv", b".csv")))
print(name.startswith(b"2024", 7), name.endswith(b"2024", 0, 11))
print(name.startswith(b"", 15), name.startswith(b"", 16), name.endswith(b"", 16))
print(bytearray(b"abc").startswith(bytearray(b"ab")), b"abc".endswith(bytearray(b"bc")))
try:
    name.startswith("report")
except TypeError as e:
    print("TypeError:", e)
try:
    name.endswith((b".csv", ".txt"))
except TypeError as e:
    print("TypeError:", e)
