class Bad:
    def __iadd__(self, o):
        pass

x = Bad()
x += 1
print(x)
