t = (1, 2)
print(t)
print(t[2])
