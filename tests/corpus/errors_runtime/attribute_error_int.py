n = 5
print(n)
n.append(6)
