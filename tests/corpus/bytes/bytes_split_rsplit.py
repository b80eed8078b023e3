line = b"  alpha beta\tgamma\n delta  "
print(line.split())
print(line.split(None, 1))
print(line.rsplit(None, 1))
print(line.rsplit())
csv = b"a,b,,c,"
print(csv.split(b","), csv.rsplit(b",", 2), csv.split(b",", 1))
print(b"".split(), b"".split(b","), b"   ".split())
print(b"a--b--c".split(b"--"), b"a--b--c".rsplit(b"--", 1))
print(bytearray(b"x y").split(), b"1 2 3".split(maxsplit=1))
try:
    csv.split(b"")
except ValueError as e:
    print("ValueError:", e)
try:
    csv.split(",")
except TypeError as e:
    print("TypeError:", e)
