class Default(dict):
    def __missing__(self, key):
        return "no-" + str(key)

d = Default(a=1)
print(d["a"], d["zz"])
print(d.get("zz"))
print(len(d))
