s = "Python"
print(s[0], s[-1], s[2], len(s))
for i, c in enumerate(s):
    print(i, c, end="; ")
print()
print(list(s), tuple(s[:2]))
