r = range(0, 20, 2)
print(r[2:5], r[::-1], r[1::3])
print(list(r[2:5]), list(r[::-1])[:3])
print(range(10)[-3:], range(5)[::2])
