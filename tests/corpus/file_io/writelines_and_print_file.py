import os
path = "tmp_writelines_and_print_file.txt"
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
    print("printed line", 42, file=f)
    print("x", "y", sep="-", end="!\n", file=f)
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
