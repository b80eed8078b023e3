class Show:
    def __getitem__(self, key):
        return key

s = Show()
print(s[1])
print(s[1:2])
print(s[::3])
print(s[1:2, 3])
print(s[...])
print(s["k"])
