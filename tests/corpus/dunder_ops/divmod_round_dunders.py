class M:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v // o, self.v % o)
    def __round__(self, n=None):
        return ("round", n)

print(divmod(M(17), 5))
print(round(M(1)), round(M(1), 2))
