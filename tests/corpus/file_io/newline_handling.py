import os
path = "tmp_newline_handling.txt"
with open(path, "wb") as f:
    f.write(b"a\r\nb\rc\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
