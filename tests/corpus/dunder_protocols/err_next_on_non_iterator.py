class Half:
    def __init__(self):
        self.n = 0

h = Half()
print(hasattr(h, "__next__"))
next(h)
