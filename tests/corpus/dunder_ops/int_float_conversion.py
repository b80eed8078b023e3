class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __int__(self):
        return self.n // self.d
    def __float__(self):
        return self.n / self.d

f = Frac(7, 2)
print(int(f), float(f))
