class Tag:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return "tag:" + self.name

t = Tag("i")
print(t)
print(str(t))
print(f"{t}")
print("%s" % t)
