import os
path = "tmp_append_mode.txt"
with open(path, "w") as f:
    f.write("first\n")
with open(path, "a") as f:
    f.write("second\n")
    f.write("third\n")
with open(path) as f:
    print(f.read().splitlines())
os.remove(path)
