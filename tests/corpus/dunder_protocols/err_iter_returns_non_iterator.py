class Broken:
    def __iter__(self):
        return [1, 2, 3]

print("before")
for x in Broken():
    print(x)
