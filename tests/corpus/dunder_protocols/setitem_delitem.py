class Store:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]

s = Store()
s["a"] = 1
s["b"] = 2
s["a"] += 10
print(s["a"])
del s["b"]
print(s.data)
