class P:
    def __init__(self, x):
        self.x = x

a = P(1)
b = P(1)
print(a == b, a == a, a != b)
print(a in [b], a in [a])
