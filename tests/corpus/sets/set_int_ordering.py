print({5, 3, 1, 100, 64, 32})
print({-1, -2, 0})
s = set()
for i in [10, 1, 7, 3]:
    s.add(i)
print(s)
print(list({9, 8, 7}))
