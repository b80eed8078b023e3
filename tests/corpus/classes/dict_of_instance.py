class P:
    kind = "p"
    def __init__(self):
        self.x = 1
        self.y = 2

p = P()
print(p.__dict__)
p.__dict__["z"] = 3
print(p.z)
print("kind" in p.__dict__, "kind" in P.__dict__)
