import os
path = "tmp_err_read_closed_file.txt"
with open(path, "w") as f:
    f.write("data")
os.remove(path)
print("file removed, handle closed:", f.closed)
f.write("more")
