import os
path = "tmp_readlines_and_iteration.txt"
with open(path, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
os.remove(path)
