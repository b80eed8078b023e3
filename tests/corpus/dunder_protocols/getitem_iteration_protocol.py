class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

print(list(Squares()))
print(sum(Squares()))
a, b, *rest = Squares()
print(a, b, rest)
