class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = Pair(1, 2)
print(p.a, p.b)
Pair(1)
