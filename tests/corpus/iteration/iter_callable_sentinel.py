data = [5, 3, 0, 8]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v

print(list(iter(read, 0)))
print(pos[0])
