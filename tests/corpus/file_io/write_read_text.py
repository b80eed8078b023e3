import os
path = "tmp_write_read_text.txt"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
print("wrote", n, "chars")
with open(path) as f:
    content = f.read()
print(repr(content))
os.remove(path)
print(os.path.exists(path))
