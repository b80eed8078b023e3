import os
path = "tmp_file_closed_after_with.txt"
with open(path, "w") as f:
    print(f.closed)
    f.write("x")
print(f.closed)
f2 = open(path)
print(f2.read(), f2.closed)
f2.close()
print(f2.closed)
os.remove(path)
