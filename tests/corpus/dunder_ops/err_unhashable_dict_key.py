class P:
    def __eq__(self, o):
        return True

d = {}
d["ok"] = 1
print(d)
d[P()] = 2
