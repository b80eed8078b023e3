s = {1, 2, 3}
t = s
s |= {4}
s &= {1, 2, 4}
s -= {1}
s ^= {9, 2}
print(s, t is s)
