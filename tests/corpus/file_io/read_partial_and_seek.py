import os
path = "tmp_read_partial_and_seek.txt"
with open(path, "w") as f:
    f.write("0123456789")
with open(path) as f:
    print(f.read(3), f.tell())
    f.seek(7)
    print(f.read())
    f.seek(0)
    print(f.read(1))
os.remove(path)
