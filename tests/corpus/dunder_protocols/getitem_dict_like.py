class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent
    def __getitem__(self, k):
        if k in self.vars:
            return self.vars[k]
        if self.parent is not None:
            return self.parent[k]
        raise KeyError(k)
    def __setitem__(self, k, v):
        self.vars[k] = v

g = Env()
g["x"] = 1
l = Env(g)
l["y"] = 2
print(l["x"], l["y"])
try:
    l["z"]
except KeyError as e:
    print("KeyError", e)
