class Guard:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __delattr__(self, name):
        if name == "a":
            print("refusing to delete a")
            return
        object.__delattr__(self, name)

g = Guard()
del g.a
del g.b
print(hasattr(g, "a"), hasattr(g, "b"))
