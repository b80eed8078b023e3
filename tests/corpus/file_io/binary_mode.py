import os
path = "tmp_binary_mode.bin"
data = bytes(range(0, 256, 51)) + "é".encode("utf-8")
with open(path, "wb") as f:
    print(f.write(data))
with open(path, "rb") as f:
    back = f.read()
print(back, back == data, type(back).__name__)
with open(path, "rb") as f:
    print(f.read(2), f.read(2))
os.remove(path)
