class P:
    def __init__(self):
        self.x = 3
        self.tags = ["a", "b"]

p = P()
print("{0.x} {0.tags[1]} {1[0]}".format(p, "zq"))
print("{p.x}-{p.tags[0]}".format(p=p))
