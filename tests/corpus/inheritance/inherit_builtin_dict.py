class Registry(dict):
    def register(self, name):
        self[name] = len(self)
        return self

r = Registry()
r.register("a").register("b")
print(r, r["b"], isinstance(r, dict))
print(sorted(r.keys()))
